# teacher

## The teacher's desk (src/app/teacher/mod.rs, handling.rs, revision.rs, class.rs, heat_strip.rs).

# The problem report's heading when a lesson with problems is opened for editing.
teacher-opened-for-editing-with-problems = "{ $title }" opened for editing with { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
teacher-tab-lesson = Lesson
# The answer key: the desk's tab, and who a key item belongs to in the revision report.
teacher-answer-key = Answer key
teacher-tab-review = Review

# Status messages.
# $kind is one of document, label-set, task, key-item; $id is the thing's id.
teacher-removed = Removed { $kind ->
    [document] the document
    [label-set] the label set
    [task] the task
   *[key-item] the key item
} "{ $id }" (Ctrl+Z brings it back)
teacher-change-not-applied = Could not apply the change: { $error }
# The title a new lesson starts with (the teacher changes it).
teacher-new-lesson-title = New lesson
teacher-new-lesson-started = New lesson: import documents, add label sets and tasks
# A flag on every grade given against a lesson with problems; $first is the first problem.
teacher-graded-against-broken-lesson = graded against a lesson with { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}, so marks may be wrong: { $first }
teacher-autosave-restored = Restored the autosaved edits (not saved yet)
teacher-autosave-not-restored = No autosaved edits to restore: { $error }
teacher-opened-with-problems = Opened "{ $title }" for editing with { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
teacher-opened = Opened "{ $title }" for editing
teacher-lesson-not-opened = Could not open the lesson for editing
teacher-imported = Imported "{ $id }": check its title, outlet, author, date and address
teacher-not-imported = Not imported: { $error }
teacher-not-revised = Not revised: { $error }
teacher-lesson-saved = Saved the lesson in { $folder }
teacher-lesson-not-saved = Lesson not saved: { $error }. Your edits are still here.
teacher-exported = Student edition (no key) written to { $path }
teacher-not-exported = Student edition not written: { $error }
teacher-class-not-opened = Class not opened: { $error }
teacher-review-saved = Review saved to { $path }
teacher-review-not-saved = Review not saved: { $error }. It is still here.
teacher-grades-written = Gradebook and reports written: { $gradebook } and { $reports }
teacher-grades-not-written = Grades not written: { $error }
# $menu and $command are the Teacher menu and its entry "Restore autosaved edits".
teacher-autosave-found = This lesson has unsaved edits from last time: { $menu } > { $command }

# Revising a document.
teacher-revision-no-document = the lesson has no document "{ $document }"
teacher-revised = Revised "{ $document }": { $count ->
    [one] { $count } highlight
   *[other] { $count } highlights
} re-anchored, { $orphaned } orphaned (kept; see the list)
teacher-revision-title = Revised: { $document }
teacher-revision-counts = unchanged { $unchanged } · moved { $moved } · fuzzy { $fuzzy } · orphaned { $orphaned }
# A student's highlight in the report: "Sam · c3: moved 10..20 -> 40..50".
teacher-revision-row = { $who } · { $what }
teacher-revision-key-item = key { $id }
teacher-revision-evidence = { $owner } evidence { $evidence }
# $from, $to and $at are character ranges ("10..20"); $score is a number like 0.87.
teacher-relocation-orphaned = { $what }: ORPHANED (was { $from }; kept, needs a new place; best score { $score })
teacher-relocation-unchanged = { $what }: unchanged at { $at }
teacher-relocation-moved = { $what }: moved { $from } -> { $to }
teacher-relocation-fuzzy = { $what }: FUZZY { $from } -> { $to } (score { $score }: check it)

# The heat strip beside the key; $claims is a count of claims ("3 claims").
teacher-heat-strip-summary = Paragraph { $paragraph }: { $students } of { $total ->
    [one] { $total } student
   *[other] { $total } students
} flagged it ({ $claims })
teacher-heat-strip-detail = { $summary }
    Labels: { $labels }
    Stances: { $stances }
teacher-none = none

# The class under review.
teacher-student-view-title = student: { $title }
teacher-class-opened = Opened a class of { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
teacher-class-opened-with-unreadable = Opened a class of { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}; { $unreadable ->
    [one] { $unreadable } file
   *[other] { $unreadable } files
} could not be read
# A key item most often missed: "k03 (Task 1): missed by 2 of 5 — “the quoted words”".
teacher-most-missed-in-task = { $item } ({ $task }): missed by { $count } of { $total } — “{ $quote }”
teacher-most-missed = { $item }: missed by { $count } of { $total } — “{ $quote }”
teacher-task-missed = { $task }: { $count ->
    [one] { $count } missed item
   *[other] { $count } missed items
} across the class
# One paragraph of the document for the whole class: "¶3: 2 of 5 students, 4 claims", then
# "; Opinion ×2" for the labels and "; evidence corroborates ×1" for the stances.
teacher-paragraph-line = ¶{ $paragraph }: { $students } of { $total ->
    [one] { $total } student
   *[other] { $total } students
}, { $claims }
teacher-paragraph-line-labels = ; { $labels }
teacher-paragraph-line-evidence = ; evidence { $stances }
teacher-open-class-folder = Open a class folder…
teacher-no-class = Open a folder of students' *.session.ron files to review and grade them.
teacher-class-folder = Class: { $folder }
teacher-write-grades = Write gradebook (CSV) and reports
teacher-write-grades-hint = { $gradebook } and { $reports }/ (Markdown and printable HTML per student) in the class folder, with your review applied
teacher-grading = Grading…
teacher-students = Students ({ $count })
teacher-student-row = { $name }: { $points } / { $max }
teacher-student-row-flagged = { $name }: { $points } / { $max } [!] flagged
teacher-not-read = Not read: { $file }
teacher-most-missed-heading = Most missed (must-find items)
teacher-paragraphs-heading = This document, paragraph by paragraph
teacher-tasks-missed-heading = Tasks most missed

## A document before it is added (from a file or the clipboard).
import-preview-title-file = Add “{ $file }” to the lesson?
import-preview-title-clipboard = New document from the clipboard
import-preview-read = Read { $file }: check its title, outlet, author, date and address, then add it
import-preview-start = How the text begins
import-preview-text = Text
import-preview-paste-hint = The clipboard's text is put here; you can also paste (Ctrl+V) or type it.
import-preview-counts = { $paragraphs ->
    [one] 1 paragraph
   *[other] { $paragraphs } paragraphs
}, { $words ->
    [one] 1 word
   *[other] { $words } words
} in all
import-preview-duplicate = Already in the lesson: { $duplicate }
import-preview-add = Add to the lesson
import-preview-no-text = There is no text to add yet.
import-preview-cancelled = Nothing was added.

# The class list's trail columns (issue 26): each cell says what it is.
teacher-col-student = Student
teacher-col-minutes = Active
teacher-col-pastes = Pasted
teacher-col-trail = Trail
teacher-col-handed-in = Handed in
teacher-cell-minutes = { $minutes } min active
teacher-cell-pastes = { $count ->
    [0] no pastes from outside
    [one] 1 paste from outside
   *[other] { $count } pastes from outside
}
teacher-cell-trail-intact = trail intact
teacher-cell-trail-broken = trail broken
teacher-cell-trail-none = no trail
teacher-cell-copied = copied with { $other }
teacher-cell-handed-in = handed in { $when }
teacher-cell-not-handed-in = not handed in
teacher-trail-copied-pair = { $file } { $copied }
review-trail-totals = { $minutes } min of work recorded; { $pastes ->
    [0] nothing pasted from outside
    [one] 1 paste from outside
   *[other] { $pastes } pastes from outside
}

# The Review tab's Process view: the student's trail replayed.
process-view-work = Work as handed in
process-view-process = Process
process-no-trail = No trail recorded for this work: there is nothing to replay.
process-building = Reading the trail…
process-play = Play
process-pause = Pause
process-speed = Speed
process-next-paste = Next paste
process-next-verdict = Next verdict
process-slider = Moment in the work
process-moment = Entry { $entry } of { $count }: { $time } { $what }
process-timeline = Timeline: work sessions and what happened in them
process-student-at = { $student } at { $time }
process-inspector-moment = As it was at the moment shown in the Process view (tasks are graded as handed in)
process-nothing = nothing
process-began = the work as it was before its trail began ({ $claims ->
    [one] 1 claim
   *[other] { $claims } claims
})
process-opened = work opened (Crosscheck { $version })
process-closed = work closed
process-handed-in = handed in
process-undone = undo: { $what }
process-redone = redo: { $what }
process-claim-made = claim { $claim } made
process-claim-removed = claim { $claim } removed
process-labels = labels of claim { $claim } changed
process-note = note of claim { $claim } written
process-verdict = verdict on claim { $claim }: { $rating }
process-verdict-removed = verdict on claim { $claim } removed
process-task = claim { $claim } moved to another task
process-evidence = evidence attached to claim { $claim }
process-evidence-note = note on evidence for claim { $claim } written
process-evidence-removed = evidence removed from claim { $claim }
process-answer = answer to task { $task } written
process-name = name written
process-batch = { $what } { $more ->
    [0] {""}
    [one] and 1 more change
   *[other] and { $more } more changes
}
