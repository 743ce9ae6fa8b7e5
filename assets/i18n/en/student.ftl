# student
# The student's desk (src/app/student): the lesson panel, the search bar and the inspector.

## The lesson panel (src/app/student/lesson_panel.rs).

# The heading of the claims list: "Claims (3)".
student-claims-heading = Claims ({ $count })
student-name-label = Student:
student-name-hint = your name
student-name-field = Student name
student-introduction = Introduction
student-documents = Documents
# A document in the list, with how many claims it has: "Title  (3 claims)"; $claims is
# claims-count.
student-document-claims = { $title }  ({ $claims })
student-tasks = Tasks
# The state of a task, before its title.
student-task-done = {"[done]"}
student-task-started = {"[started]"}
student-task-not-started = {"[ ]"}
# A task's header: "[started] Spot the claims (3 claims, 2 labelled, 10 pts)"; $claims is
# claims-count, or one of the progress messages below.
student-task-header = { $mark } { $title } ({ $claims }, { $points } pts)
# A written task with no claims filed under it: "[ ] Why do the counts differ? (6 pts)".
student-task-header-points = { $mark } { $title } ({ $points } pts)
# A task's progress, for $claims in the header: of the claims filed under it ($claims is
# claims-count), how many ($count) have what the task asks: "3 claims, 2 labelled".
student-task-labelled = { $claims }, { $count } labelled
# $stance: the stance the task asks for (corroborates, contradicts, context), or any.
student-task-with-evidence = { $claims }, { $count } with { $stance ->
    [corroborates] corroborating evidence
    [contradicts] contradicting evidence
    [context] evidence that adds context
   *[any] evidence
}
student-task-with-verdict = { $claims }, { $count } with a verdict
student-answer-hint = Your answer or notes
# The accessible name of a task's answer field.
student-answer-to = Answer to { $task }
student-task-done-check = Done

## Find in lesson (src/app/student/search.rs).

student-find-label = Find:
student-find-hint = search all documents
student-find-field = Find in lesson
student-find-hits = { $count ->
    [one] { $count } hit
   *[other] { $count } hits
}
student-find-close = Close

## The inspector (src/app/student/inspector.rs).

student-key-item-heading = Key item
student-key-item-empty = Select text in the article and press “Make key item”, or click a highlight to inspect it.
student-claim-heading = Claim
student-claim-empty = Select text in the article and press “Make claim”, or click a highlight to inspect it.
# "Key item k3" (the item's id).
student-key-item-title = Key item { $id }
# "Claim #3" (its number in the list).
student-claim-title = Claim #{ $number }
student-delete-key-item = Delete key item
student-delete-claim = Delete claim
student-deselect = Deselect
# The task a claim answers, chosen under its quote.
student-task = Task
student-task-none = No task
student-task-hover = The task this claim answers: it counts toward that task in the task list.
student-explanation = Explanation
student-note = Note
student-note-hint = Why you marked this
student-note-field = Claim note
student-evidence = Evidence
# "Credibility: High".
student-credibility-of = Credibility: { $credibility }
# The note on a piece of evidence: what it shows about the claim.
student-evidence-note = Note:
student-evidence-note-hint = What this shows about the claim
# The accessible name of a piece of evidence's note: "Note on evidence e1" (its id).
student-evidence-note-field = Note on evidence { $evidence }
student-remove-evidence = Remove
student-attach-passage = Attach a passage…
student-attach-citation = Attach a citation…
student-verdict = Verdict
student-verdict-none = — none —
student-verdict-rating = Rating
student-reasoning-hint = Your reasoning
student-reasoning-field = Verdict reasoning
student-cited-by = Cited as evidence by
# A claim citing the passage, with its stance: "c2 ([+] corroborates)".
student-cited-by-claim = { $claim } ({ $stance })

# How a piece of evidence bears on a claim, after its symbol ($symbol: [+], [-] or [i]).

# How far a source can be trusted.
student-credibility-unrated = Unrated
student-credibility-low = Low
student-credibility-medium = Medium
student-credibility-high = High

## The citation form.

student-citation-title = Attach an external source
student-citation-field-title = Title
student-citation-field-outlet = Outlet
student-citation-field-author = Author
student-citation-field-date = Date
student-citation-field-url = URL
student-citation-date-hint = YYYY-MM-DD, or a year
student-citation-field-excerpt = Quoted excerpt
student-citation-credibility = Credibility
student-citation-stance = Stance
student-citation-attach = Attach
student-citation-cancel = Cancel

## The Numbers panel: the numbers of the lesson's documents, grouped by what they count.
numbers-tab = Numbers
numbers-heading = Numbers across the documents
numbers-about = Every number the documents give, grouped by what it counts, with the period it covers. ≠ marks values that cannot both be right for the periods they cover; ? marks values the finder is not sure about (compare them yourself); ≈ marks counts of different things over the same days. The finder can be wrong: check each number in its article.
numbers-hidden-from-students = Students do not see this panel in this lesson (the Lesson tab, Numbers and sourcing, changes that).
numbers-none = No numbers were found in this lesson's documents.
# $thing is what the group counts ("attack"); $count its values; $disagreements the pairs marked.
numbers-group-heading = { $thing }: { $count ->
        [one] one value
       *[other] { $count } values
    }{ $disagreements ->
        [0] {""}
        [one] , one disagreement
       *[other] , { $disagreements } disagreements
    }
# The accessible name of a value's link: $value as written ("more than 60"), $source its outlet.
numbers-show-value = Show { $value } ({ $source }) in its article
numbers-show-hover = Show it in its article, selected
numbers-is-claim = Claim #{ $number } (select it)
numbers-is-key-item = Key item { $id } (select it)
numbers-make-claim = Make a claim
numbers-make-claim-of = Make a claim of { $value } ({ $source })
numbers-make-key-item = Make a key item
numbers-make-key-item-of = Make a key item of { $value } ({ $source })
numbers-select-claim-to-attach = Select a claim to attach a number to it as evidence.
numbers-attach-to = Attach to claim #{ $number } as:
# $stance is the stance with its symbol ("[+] corroborates").
numbers-attach-as = Attach { $value } ({ $source }) to claim #{ $number }: { $stance }
numbers-undated = undated
numbers-as-of = as of { $date }
numbers-up-to = up to { $date }
numbers-from = from { $date }
numbers-claim-made = Claim #{ $number } made from the Numbers panel: label it and give it evidence in the inspector.
numbers-key-item-made = Key item #{ $number } made from the Numbers panel.
numbers-hidden-by-lesson = This lesson does not show the Numbers panel: finding the numbers is part of the exercise.

## A sourcing check's nudge on a piece of evidence: $symbol and $kind name the check, $reason says why.
sourcing-nudge = { $symbol } { $kind }: { $reason }
numbers-previous = Previous
numbers-next = Next
# The values of a group shown: $first to $last of $count.
numbers-page = Values { $first }–{ $last } of { $count }
numbers-more-disagreements = { $count ->
        [one] … and one more value it disagrees with
       *[other] … and { $count } more values it disagrees with
    }
numbers-attached-to = Attached to claim #{ $number }
numbers-claim-gone = That claim is no longer there (was it undone?): nothing was attached.
numbers-finding = Finding the numbers in the documents…
student-find-hits-cut = { $count } hits, the first { $listed } listed
student-find-searching = Searching…

## The Numbers panel's comparison table (the teacher's): one group's values side by side.
numbers-view = Show:
numbers-view-list = Values by group
numbers-view-table = Comparison table
numbers-compare = Compare in a table
# The accessible name of a group's button: $thing is what the group counts.
numbers-compare-group = Compare the values of { $thing } in a table
numbers-table-group = Group
numbers-table-legend = A row per value, in date order. ≠ the values cannot both be right; ? the finder is not sure: compare them yourself; ≈ counts of different things; ↗ a toll that rose between two reports, not a conflict; ⊂ a part and the total, or two places, not a conflict. The lines at the left join the rows of each mark; dashed where the finder is not sure.
numbers-table-number = #
numbers-table-row-name = Row { $row }
numbers-table-source = Source
numbers-table-said = Said
numbers-table-attribution = Attributed to
numbers-table-place = Place
numbers-table-period = Period
numbers-table-none = —
numbers-table-no-attribution = The sentence attributes it to no one
numbers-table-no-place = The sentence names no place
# A mark under a row, a button that goes to the other row ($row).
# A mark button's accessible name: $row its own row, $mark its words.
numbers-table-mark-name = Row { $row }: { $mark }
numbers-table-mark-conflict = ≠ disagrees with row { $row }
numbers-table-mark-unsure = ? compare with row { $row } (not sure)
numbers-table-mark-different = ≈ counts another thing than row { $row }
numbers-table-mark-rose = ↗ rose, with row { $row }: not a conflict
numbers-table-mark-part = ⊂ a part and the total, with row { $row }: not a conflict
numbers-table-mark-places = ⊂ two places, with row { $row }: not a conflict
numbers-table-more-marks = { $count ->
        [one] … and one more mark (under the table)
       *[other] … and { $count } more marks (under the table)
    }
numbers-table-marks-heading = The marks between these rows, with their reasons
numbers-table-no-marks = Nothing marked between these rows: no two values of this page were found to disagree.
# A mark in words: $first and $second are row numbers; $reason the finder's words.
numbers-table-conflict = ≠ Rows { $first } and { $second } disagree: { $reason }
# $first_value and $second_value are the values with their sources, set side by side.
numbers-table-unsure = ? Rows { $first } and { $second }, side by side: { $first_value } | { $second_value }. The finder is not sure they disagree, compare them yourself: { $reason }
numbers-table-different = ≈ Rows { $first } and { $second } count different things: { $reason }
# $sure is "sure" or "unsure": how sure the finder is.
numbers-table-not-conflict = { $symbol } Rows { $first } and { $second }, not a conflict{ $sure ->
        [sure] {""}
       *[unsure] {" "}(the finder is not sure)
    }: { $reason }
numbers-table-more-in-words = { $count ->
        [one] … and one more mark, named under its row
       *[other] … and { $count } more marks, named under their rows
    }
# A mark under a value of the list where the finder is unsure: no ≠, the reader judges.
numbers-unsure = ? Not sure, compare them yourself: { $reason }

# The student's work trail ("My work trail", Hand in).
trail-window-title = My work trail
trail-window-close = Close
# $opened: what was opened; $notice: that the work has no trail before this version.
trail-opened-upgraded = { $opened }; { $notice }
trail-hand-in-needs-name = Type your name before handing in: work with no name is no one's
# $time: the hour and minute; $path: the file.
trail-handed-in-status = Handed in at { $time }: { $path }
