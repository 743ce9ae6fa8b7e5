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
# The work trail (what the student and the teacher see of how the work was made).
session-no-trail-before = no trail recorded before this version: the work's trail begins now
trail-none = no trail recorded (made before this version, or not in the app)
trail-intact = trail intact: the work is what its recorded changes made
trail-broken-start = trail broken: it does not begin in this file (taken from another session)
trail-broken-chain = trail broken at entry { $entry }: an entry was changed, removed or moved outside the app
trail-broken-head = trail broken at its end: entries were removed or the last one changed outside the app
trail-broken-replay = trail broken at entry { $entry }: its change cannot follow the ones before
trail-broken-work = the work does not match its trail: { $count ->
    [one] { $what } was
   *[other] { $what } were
} added, removed or changed outside the app
trail-changed-after-hand-in = changed after hand-in
trail-handed-in = handed in { $when }
trail-copied = looks copied from { $other }: { $why }
trail-copied-start = both files start the same trail (one was copied and renamed)
trail-copied-words = { $count } notes or answers are word for word the same
trail-mon = Mon
trail-tue = Tue
trail-wed = Wed
trail-thu = Thu
trail-fri = Fri
trail-sat = Sat
trail-sun = Sun
trail-span-empty = nothing recorded
trail-span = { $day } { $date } { $start }–{ $end }, { $minutes } min{ $pause ->
    [0] {""}
   *[other] {" "}(after a pause of { $pause } min)
}: { $claims ->
    [one] 1 claim
   *[other] { $claims } claims
}, { $evidence ->
    [one] 1 piece of evidence
   *[other] { $evidence } pieces of evidence
}, { $verdicts ->
    [one] 1 verdict
   *[other] { $verdicts } verdicts
}{ $undone ->
    [0] {""}
    [one] , 1 change undone
   *[other] , { $undone } changes undone
}{ $handed ->
    [yes] ; handed in
   *[other] {""}
}
trail-paste = pasted { $chars ->
    [one] 1 character
   *[other] { $chars } characters
} from { $from } into { $field }
trail-from-outside = outside
trail-from-lesson = the lesson's document { $document }
trail-field-note = the note of claim { $claim }
trail-field-reasoning = the reasoning of claim { $claim }
trail-field-evidence-note = a note on evidence for claim { $claim }
trail-field-answer = the answer to task { $task }
trail-field-name = the name
trail-records = Recorded: each change to the work with its time, when it was opened and closed, and what was pasted (how much, from the lesson or from outside). Nothing else: no keystroke timing, no screen, no other program, no network.
gradebook-active-minutes = active_minutes
gradebook-pastes-outside = pastes_outside
gradebook-trail = trail
gradebook-handed-in = handed_in
