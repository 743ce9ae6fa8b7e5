# core-grading

## Edits refused (src/core/edit). $id, $claim, $evidence and $task are ids.
edit-no-claim = there is no claim with id "{ $id }"
edit-no-evidence = claim "{ $claim }" has no evidence with id "{ $evidence }"
edit-duplicate-claim = there is already a claim with id "{ $id }"
edit-missing-document = there is no document "{ $id }"
edit-missing-label-set = there is no label set "{ $id }"
edit-missing-task = there is no task "{ $id }"
edit-missing-document-text = there is no text of document "{ $id }"
# Something else the lesson lacks; $what names the kind of thing (in English).
edit-missing = there is no { $what } "{ $id }"
edit-duplicate-document = there is already a document "{ $id }"
edit-duplicate-label-set = there is already a label set "{ $id }"
edit-duplicate-task = there is already a task "{ $id }"
# Something else the lesson has already; $what names the kind of thing (in English).
edit-duplicate = there is already a { $what } "{ $id }"
# A point override that is not a number; $points is what was given ("NaN", "inf").
edit-not-points = { $points } points for task "{ $task }" is not a number of points
# What an edit removes.
edit-removal-document = the document "{ $id }"
edit-removal-label-set = the label set "{ $id }"
edit-removal-task = the task "{ $id }"
edit-removal-key-item = the key item "{ $id }"

## Flags on a grade: what is wrong with the session graded.
# A flag worded already, shown as it is.
grade-flag = { $text }
# $made_for is the lesson id the session names; $lesson the id of the lesson it was graded against.
grade-other-lesson = made for lesson "{ $made_for }", not "{ $lesson }"
grade-other-version = made on another version of document { $document }

## Problems with a student's review (rubric levels and overrides).
review-c-no-rubric-level = task { $task }: no rubric level "{ $level }"
review-c-no-task = no task "{ $id }" in this lesson

## The revision report: what became of each highlight when a document's text was replaced.
revise-no-document = the lesson has no document "{ $document }"
revise-key-item = key { $id }
revise-evidence = { $owner } evidence { $evidence }
# $from, $to and $at are character ranges ("10..20"); $score is a number like 0.87.
revise-orphaned = { $what }: ORPHANED (was { $from }; kept, needs a new place; best score { $score })
revise-unchanged = { $what }: unchanged at { $at }
revise-moved = { $what }: moved { $from } -> { $to }
revise-fuzzy = { $what }: FUZZY { $from } -> { $to } (score { $score }: check it)
