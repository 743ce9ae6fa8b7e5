# lesson-editor
# The Lesson tab (src/app/teacher/lesson_editor.rs): the lesson's fields, documents, label sets,
# tasks with their rubric levels, and the lesson's problems.

editor-save-and-export = Save and export
editor-lesson = Lesson
editor-title = Title
editor-id = Id
editor-intro = Introduction (students see it)
editor-teacher-notes = Teacher notes (not in the student edition)
editor-feedback = Feedback to students
editor-feedback-none = none (the teacher reports back)
editor-feedback-after-hand-in = after hand-in
editor-feedback-live = live self-check

editor-documents = Documents ({ $count })
editor-document-title = Document title
editor-outlet = Outlet
editor-author = Author
editor-published = Published
editor-url = Address (URL)
editor-direction = Reads
editor-direction-auto = Each paragraph by its first letter
editor-direction-ltr = Left to right
editor-direction-rtl = Right to left
editor-show = Show
editor-replace-document = Replace with revised text…
editor-remove-document = Remove document
editor-import-document = Import document (.txt, .md, .html, .mhtml, .pdf, .docx)…

editor-label-sets = Label sets ({ $count })
editor-set-name = Set name
editor-set-multiple = A claim may carry several of these
# The button under each label of a set; $name is the label's name.
editor-remove-label = Remove label "{ $name }"
editor-label = Label
editor-meaning = Meaning
editor-add-label = Add label
# The name a newly added label gets, for the teacher to change.
editor-new-label = New label
editor-remove-set = Remove set
editor-verdict-scale = Verdict scale
# The verdict scale's choice when no label set is the scale.
editor-no-verdict-scale = none
editor-preset = Preset
# A preset in the list: its name and how many labels it has.
editor-preset-option = { $name } ({ $count ->
    [one] { $count } label
   *[other] { $count } labels
})
editor-add-preset = Add preset
# Status messages when a preset cannot be added.

editor-tasks = Tasks ({ $count })
editor-task-kind = Kind of task
editor-add-task = Add task
editor-kind-mark-claims = Mark claims
editor-kind-label-techniques = Label techniques
editor-kind-attribution = Attribution
editor-kind-attach-evidence = Attach evidence
editor-kind-verdict = Verdict
editor-kind-written = Written answer
# Above each task's form: "t1 · Mark claims".
editor-task-heading = { $id } · { $kind }
editor-task-title = Task title
editor-instructions = Instructions
editor-points = Points
editor-about = About
editor-whole-lesson = the whole lesson
editor-rubric-levels = Rubric levels
# The button under each rubric level; $name is the level's name.
editor-remove-level = Remove level "{ $name }"
editor-level = Level
editor-level-points = Level points
editor-level-description = What work at this level does
editor-level-example = Example answer
editor-add-rubric-level = Add rubric level
# The name a newly added rubric level gets, for the teacher to change.
editor-new-level = New level
editor-remove-task = Remove task
editor-label-set = Label set
editor-choose-label-set = choose…
editor-stance-asked = Stance asked for
editor-any-stance = any
# Stances of evidence, shown beside their symbols ([+], [-], [i]).

editor-problems = Problems ({ $count })
editor-no-problems = None: the lesson checks out.
# $problem is the lesson checker's description of the problem.
editor-problem = Problem: { $problem }

# The Answer key tab (src/app/teacher/key.rs).

key-intro = Make key items in the article as students make claims: select, then “Make key item”. The inspector sets accepted labels, must-find or bonus, evidence and the explanation.
# A task's heading in the key list: its title and how many key items it has.
key-task-items = { $title } ({ $count ->
    [one] { $count } item
   *[other] { $count } items
})
key-must-find = must find
key-bonus = bonus
# A key item in the list: "k1 · must find: “the quoted words”".
key-item-link = { $id } · { $kind }: “{ $quote }”
key-untasked = Without a task (they go to the first task on their document): { $items }
key-required = Must find (unticked: a bonus)
key-task = Task
key-no-task = none
key-accepted-labels = Labels ticked below are the accepted labels (any one earns full credit). The note is the explanation students see in their report.
key-near-misses = Near misses ({ $count })
key-near-misses-intro = A label given where the key accepts the other of a pair earns this share of the label credit.
key-first-label = First label
key-second-label = Second label
key-share = Share
key-remove-pair = Remove pair
key-add-near-miss-pair = Add near-miss pair
key-extra-claims = Extra claims
key-extra-claims-intro = Claims that match no key item lower a task's points, so that highlighting everything earns nothing. Per task: precision = key items found / (found + extra claims beyond the free ones); points × (1 − weight × (1 − precision)).
key-free-per-item = Free extra claims per key item
key-precision-weight = Weight of precision (0: extra claims cost nothing)

# The Review tab (src/app/teacher/review.rs).

review-no-class = No class open.
review-student-highlights = { $student }'s highlights
review-key-heading = Answer key, with the class's heat strip
review-open-class = Open a class folder to review.
# "sam.crosscheck · 4.5 of 10 points · precision 80%"
review-grade = { $file } · { $points } of { $max } points · precision { $precision }%
review-selected-claim = Selected claim
review-waits-for-level = waits for a rubric level
review-task-tally = found { $found } · partial { $partial } · missed { $missed } · extra { $extra } · precision { $precision }%
review-outcome-found = found
review-outcome-partial = partial
review-outcome-missed = missed
review-credit-labels = labels { $percent }%
review-credit-evidence = evidence/stance { $percent }%
review-credit-verdict = verdict { $percent }%
review-answer = Answer: { $text }
review-rubric-level = Rubric level
review-not-scored = not scored
# A rubric level to choose: its name and its points.
review-rubric-option = { $name } ({ $points ->
    [one] { $points } point
   *[other] { $points } points
})
review-override = Override points
review-points-given = Points given
review-claims = Claims
review-general-comment = General comment for the student
review-save-unsaved = Save review (unsaved changes)
review-save = Save review
review-saved-where = Saved to { $file } beside the sessions; the sessions are never changed.
review-labels = Labels: { $labels }
review-note = Note: { $note }
review-verdict = Verdict: { $rating } — { $reasoning }
# "Evidence [+] corroborates: “the passage” (d1)"
review-evidence = Evidence { $symbol } { $stance }: { $what }
review-teacher-comment = Teacher's comment

## Numbers and sourcing: the Numbers panel, synonyms, parties to the conflict.
editor-numbers-and-sourcing = Numbers and sourcing
editor-numbers-shown = Students see the Numbers panel
editor-numbers-shown-hover = Leave it off when finding the numbers that disagree is the exercise. You always see the panel here and in the review.
editor-synonyms = Words that count the same thing
editor-synonyms-about = One list per field, its words between commas; the Numbers panel groups the numbers of every word of a list under its first.
editor-synonym-list = Words of list { $number }
editor-remove-empty-synonyms = Remove this empty list
# $first is the list's first word.
editor-remove-synonyms = Remove the list "{ $first }"
editor-add-synonyms = Add a list
editor-new-synonyms = word, another word
editor-parties = Parties to the conflict
editor-parties-about = Evidence from an outlet whose name holds one of these gets a nudge saying it speaks for one side. Describe the role in neutral words.
editor-party-name = Name
editor-party-role = Role
editor-remove-party = Remove the party "{ $name }"
editor-add-party = Add a party
key-independent = Asks for independent corroboration
key-independent-hover = Evidence for this item earns its credit only when it passes the sourcing checks: not circular, not dated before the claim, not from a party, not anonymous.
review-unsaved-where = Not saved yet: saving writes { $file } beside the sessions; the sessions are never changed.
editor-weights = Each key item's points go to:
editor-weight-span = the passage
editor-weight-labels = labels
editor-weight-evidence = evidence
editor-weight-verdict = verdict
review-task-weights = A key item's points go to: passage { $span } · labels { $labels } · evidence { $evidence } · verdict { $verdict }
