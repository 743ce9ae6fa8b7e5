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
# A task's header: "[started] Spot the claims (3 claims, 10 pts)"; $claims is claims-count.
student-task-header = { $mark } { $title } ({ $claims }, { $points } pts)
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
student-explanation = Explanation
student-note = Note
student-note-hint = Why you marked this
student-note-field = Claim note
student-evidence = Evidence
# "Credibility: High".
student-credibility-of = Credibility: { $credibility }
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
