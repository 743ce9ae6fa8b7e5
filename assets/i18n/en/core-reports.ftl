# Feedback reports (Markdown, HTML) and the gradebook, written in the teacher's language.
# Markup (bold, headings) is added around these words by the report, not written here.
report-no-name = (no name)
report-student = Student
report-score = Score
report-score-explained = (tasks scored against the key)
report-precision = Precision
report-precision-explained = (claims that match the key; extra claims beyond the free ones cost credit)
# $flag: why the grade may not mean what it seems ("made on another version of document …").
report-flag = Note: this session was { $flag }.
report-teacher-comment = Teacher's comment
report-tasks = Tasks
report-col-task = task
report-col-found = found
report-col-partly = partly
report-col-missed = missed
report-col-extra = extra
report-col-precision = precision
report-col-points = points
report-col-weighs = a key item's points go to
report-teachers-rubric = teacher's rubric
# $points and $max: already written with one decimal.
report-points-of = { $points } / { $max }
report-weighs = passage { $span } · labels { $labels } · evidence { $evidence } · verdict { $verdict }
report-weighs-rubric = the rubric
report-your-claims = Your claims
report-claim = Claim { $number }
report-not-placed-heading = Claims not placed in the text
report-not-placed = These claims have no place in the lesson's documents (they were imported, and their passage was not found): they are kept as they came, and not graded.
report-not-placed-why = Not placed: { $reason }
report-orphan-no-quote = it quotes nothing (a note on a whole page, or a reply)
report-orphan-unnamed-page = it was made on a page the file does not name (it has no address)
report-orphan-titled-page = it was made on “{ $title }”, a page the file gives no address for
report-orphan-other-source = it was made on { $source }, which is not a document of this lesson
report-orphan-other-document = it was made on “{ $title }” ({ $source }), which is not a document of this lesson
report-orphan-not-found = its quote was not found in “{ $title }”
report-expected = What the key expected
report-found = found
report-partly-found = partly found
report-missed = missed
# $task: the task's id; $points, $max: already written with one decimal.
report-expected-points = { $task }, { $points } / { $max } points
report-labels = Labels
report-no-labels = none
report-note = Note
report-verdict = Verdict
report-evidence = Evidence ({ $symbol } { $stance })
report-stance-corroborates = corroborates
report-stance-contradicts = contradicts
report-stance-adds-context = adds context
report-nudge = Nudge not acted on ({ $kind })
report-teacher = Teacher
report-document-missing = (document not in this lesson)
# The gradebook's column names (a task's column is its id).
gradebook-student = student
gradebook-file = file
gradebook-total = total
gradebook-max = max
gradebook-precision = precision
gradebook-flags = flags
