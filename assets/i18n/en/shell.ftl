# shell: the window around the desks (src/app/shell/, src/app/mod.rs), the status bar, the
# dialogs, and what opening, saving, autosave and the worker report.

## The window's title ("● Teacher: lesson.ron — Crosscheck").

shell-window-title = { $name } — Crosscheck
shell-window-title-teacher = Teacher: { $name } — Crosscheck
# Unsaved work: a dot before the title.
shell-window-title-unsaved = ● { $title }
shell-window-accessible-unsaved = { $title }, unsaved changes

## Status bar.

shell-saving = Saving…
shell-unsaved-changes = Unsaved changes
shell-all-saved = All changes saved
shell-working = Working in the background…
shell-key-items-count = { $count ->
    [one] { $count } key item
   *[other] { $count } key items
}
# A message reporting a failure.
shell-error = Error: { $message }
# A hint for a key: "Ctrl+S: Save".
shell-hint = { $keys }: { $command }

## The problems window.

shell-problems-title = Problems
shell-problem = {"[!]"} { $message }
# $advice is in English (it comes from the lesson checker).
shell-problem-advice = What to do: { $advice }
shell-problems-close = Close the problem list (Esc)
# The status bar, with the first problem: "“Lesson” opened with 2 problems: …".
shell-problem-status = { $heading }: { $problem }

## Recovering unsaved work.

shell-recover-title = Recover unsaved work?
# $when: a date and time; $claims: "3 claims".
shell-recover-found = Crosscheck found work on this lesson that was never saved, last changed { $when } ({ $claims }). Whose it is is not shown: to recover it, type the name it was made under.
shell-recover-found-nameless = Crosscheck found work on this lesson that was never saved and has no name, last changed { $when } ({ $claims }).
shell-recover-not-yours = If it is not yours, choose “Not mine”: it stays on this computer for whoever made it, and your work starts fresh.
shell-recover = Recover
shell-discard = Discard

## Closing, or replacing, unsaved work.

shell-close-title = Save your work before closing?
shell-close-text = You have changes that are not saved.
shell-save = Save
shell-close-without-saving = Close without saving
shell-cancel = Cancel
shell-unsaved-session = You have unsaved changes to your session. Save them first, or discard them and go on?
shell-unsaved-lesson = You have unsaved changes to the lesson, its key or the review. Save them first, or discard them and go on?
shell-save-first = Save first
shell-discard-and-go-on = Discard and go on

## Opening.

shell-opened = Opened "{ $title }"
shell-opened-with-problems = "{ $title }" opened with { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
shell-could-not-open-file = Could not open the file
# A file named when the app was started.
shell-could-not-open-start = Could not open { $path }; the sample lesson is open instead
# $error: why the lesson could not be read (in English); $session: the session file.
shell-lesson-beside-unreadable = { $error } — the lesson beside this session could not be read, so the session ({ $session }) cannot be opened with it
# $lesson: the lesson's id, in quotes.
shell-lesson-not-beside = { $session }: this session is for lesson { $lesson }, which was not found beside it; open the lesson first, then the session
shell-autosaved-unreadable = Autosaved work could not be read
shell-autosaved-copy-unreadable = { $error } (an autosaved copy of unsaved work; it was kept at { $path })

## Editing, saving.

shell-could-not-apply = Could not apply the change: { $error }
shell-could-not-undo = Could not undo or redo: { $error }
shell-undone = Undone
shell-label-added = Label “{ $label }” added to claim { $number }
shell-label-removed = Label “{ $label }” removed from claim { $number }
shell-nothing-to-undo = Nothing to undo
shell-nothing-to-redo = Nothing to redo
shell-redone = Redone
shell-claim-deleted = Claim deleted (Ctrl+Z to undo)
shell-choose-passage = Choose a passage: switch to another document, select the passage, then pick its stance
shell-select-text-first = Select some text first, then make a claim of it
shell-select-passage-first = Select the passage first
# $symbol: [+], [-] or [i].
shell-evidence-attached = Evidence attached: { $symbol } { $stance ->
    [corroborates] corroborates
    [contradicts] contradicts
   *[context] adds context
}
# $key: the recovery copy's name.
shell-recovered = Recovered unsaved work ({ $claims }); save it to keep it
shell-saved = Saved { $path }
shell-not-saved = Not saved: { $error }. Your work is still here; try Save as… somewhere else.
shell-autosave-failed = Autosave failed: { $error }

## File dialogs.

shell-dialog-open = Open a lesson or a session
shell-dialog-save-session = Save your session
shell-dialog-open-lesson = Open a lesson to edit (lesson.ron or a packed lesson)
shell-dialog-import-document = Import a document
shell-dialog-revised-document = The revised text of the document
shell-dialog-save-lesson-folder = Folder to save the lesson in
shell-dialog-export-folder = Folder for the student edition
shell-dialog-export-packed = Student edition as one file
shell-dialog-open-class = Folder of the class's session files
shell-filter-files = Crosscheck files
shell-filter-session = Crosscheck session
shell-filter-lesson = Crosscheck lesson
shell-filter-documents = Documents

## The background worker.

shell-worker-not-started = the background worker could not be started; save your work and restart
shell-dialog-failed = cannot show the file dialog: { $error }

# What to do about a problem with a file (src/core/lesson.rs, Advice): shown under each problem.
advice-revised = The document was changed after the lesson was made: ask the teacher for the lesson as handed out, or (teacher) use "Replace with revised text" to re-anchor the key.
advice-save-as-utf8 = Open the document in a text editor, save it as UTF-8, and open the lesson again.
advice-too-large = The file is too large to be a lesson file: check it is the right file, or split the document.
advice-copy-into-folder = Copy the document into the lesson folder (instead of linking to it) and give its path relative to the folder.
advice-ordinary-file = Only ordinary files are read: replace it with a copy of the document.
advice-damaged = A field of the file is far larger than any lesson needs: the file is damaged or not from Crosscheck. Ask for a fresh copy.
advice-update-crosscheck = Update Crosscheck to open this file; it was not changed.
advice-check-where = Check the file is where the lesson says (it may not have been copied along), or open the lesson from its folder.
advice-fix-at-line-and-column = Fix the file at that line and column in a text editor (or ask for a fresh copy), then open it again.
advice-fix-what-is-named = Fix what is named (or ask for a fresh copy of the file), then open it again.

shell-panel-lesson = Lesson panel (F6 moves between the panels)
shell-panel-teacher = Teacher's panel (F6 moves between the panels)
shell-panel-inspector = Inspector (F6 moves between the panels)
shell-zoom = Zoom { $percent } %
shell-reveal-key-title = Open the sample's teacher edition?
shell-reveal-key-text = The teacher's edition shows the lesson's answer key: the claims to find, the labels and the verdicts. If you are doing this lesson as a student, choose Cancel.
shell-reveal-key-open = Open the teacher's edition
menu-bar-accessible = Menu bar
shell-claim-made = Claim { $number } made: “{ $quote }”
shell-key-item-made = Key item { $number } made: “{ $quote }”
scroll-bar = { $what }, scroll bar
scroll-lesson = Lesson and tasks
scroll-claims = Claims
scroll-not-placed = Claims not placed
scroll-inspector = Inspector
scroll-search = Search results
scroll-key-items = Answer key items
scroll-article = Article
shell-save-needs-name = Type your name in “Student” first, then save: the work is handed in under it (nothing is lost meanwhile)
scroll-tasks = Tasks
shell-folded-lesson = Lesson »
shell-folded-teacher = Teacher »
shell-folded-inspector = « Inspector
shell-folded-show = { $what } ({ $keys }): folded away for the window's width
shell-recover-name = Name it was made under:
shell-recover-wrong = That is not the name it was made under ({ $tries } of { $of } tries).
shell-recover-wait = Three wrong names: wait { $seconds } s before trying again.
shell-recover-leave = Not mine: start fresh
shell-recover-left = The unsaved work found was left for whoever made it; your work starts fresh.
shell-recovery-discarded = The unsaved work found was discarded.
shell-recovery-not-discarded = A copy of unsaved work could not be removed from this computer: { $error }
shell-recovery-cleared = { $count ->
    [one] Cleared 1 copy of unsaved work from this computer.
   *[other] Cleared { $count } copies of unsaved work from this computer.
}

# Text no font on this computer can draw (src/app/glyphs.rs).
# In place of a stretch of such text in lists, tabs and labels; $script is glyphs-script's word.
glyphs-placeholder = [{ $script } text]
# In place of characters no font has that belong to no script; $codes lists them ("U+1F9E0").
glyphs-placeholder-codes = [{ $codes }]
# A script's name; $script is its English name in Unicode ("Ethiopic") or the language it is read as.
glyphs-script = { $script ->
    [Japanese] Japanese
    [Chinese] Chinese
    [Korean] Korean
   *[other] { $script }
}
# Once for the window. $scripts: "Japanese, Ethiopic"; $example: "[Japanese text]"; $placeholder: the
# mark in the article; $fonts: "Noto Sans CJK JP, Noto Sans Ethiopic".
glyphs-notice = [!] Some text of this lesson is in { $scripts }, which no font on this computer can show: lists show it as { $example } and the article as { $placeholder }. To read it, install { $fonts } and start Crosscheck again.
# The same for characters of no script (symbols); $codes lists them.
glyphs-notice-symbols = [!] Some characters of this lesson cannot be shown by any font on this computer ({ $codes }); they are shown as their codes. Install a font that has them and start Crosscheck again.

## Help ▸ About
about-title = About Crosscheck
about-close = Close
about-name = Crosscheck
about-version = Version { $version }, built on { $date }
about-summary = Read news critically: highlight claims, weigh the evidence, give verdicts. It works offline, and keeps your work in files you choose.
about-data-heading = Your data on this computer
about-data-portable = Portable mode: the preferences, the recent files and the recovery copies of unsaved work are kept in a folder beside the program, never in your profile.
about-data-profile = The preferences, the recent files and the recovery copies of unsaved work are kept in your profile. To keep them beside the program instead (on a USB stick), put a file named { $marker } beside it.
about-data-temporary = No home folder was found: the preferences and the recovery copies are kept in a temporary folder, which may be emptied.
about-preferences = Preferences and recent files: { $path }
about-recovery = Recovery copies of unsaved work: { $path }
about-report-heading = Reporting a problem
about-report = Write down what you did, what you expected and what happened instead, and give it, with the details below, to whoever looks after Crosscheck at your school. Send a student's work with it only if the student agrees.
about-copied = Copied to the clipboard
about-copy = Copy details
about-licences-heading = Licences
about-licence = Crosscheck is free software: you may use, copy, change and share it under the MIT licence or the Apache licence 2.0, as you choose.
about-fonts = The Noto fonts it carries are under the SIL Open Font License 1.1.
about-crates = { $count ->
    [one] It is built from { $count } library (a Rust crate) under its own licence, listed below.
   *[other] It is built from { $count } libraries (Rust crates), each under its own licence, listed below.
}
about-licence-mit = The MIT licence
about-licence-apache = The Apache licence 2.0
about-licence-fonts = The SIL Open Font License 1.1 (the fonts)
about-licence-crates = The libraries and their licences
