# The command list (src/app/commands.rs): menus, the shortcut list and the status-bar hints.

menu-file = File
menu-teacher = Teacher
menu-edit = Edit
menu-view = View
menu-help = Help

command-open = Open…
command-save = Save
command-save-as = Save as…
command-hand-in = Hand in…
command-undo = Undo
command-redo = Redo
command-find = Find in lesson
command-make-claim = Make claim
command-zoom-in = Zoom in
command-zoom-out = Zoom out
command-zoom-reset = Actual size
command-article-larger = Larger article text
command-article-smaller = Smaller article text
command-toggle-lesson-panel = Show or hide the lesson panel
command-toggle-inspector = Show or hide the inspector
command-numbers = Numbers panel
command-work-trail = My work trail
command-back-to-student = Back to the student's desk
command-toggle-theme = Light or dark theme
command-new-lesson = New lesson
command-open-lesson-for-editing = Open lesson for editing…
command-edit-sample = Edit the sample lesson
command-save-lesson = Save lesson
command-save-lesson-in-folder = Save lesson in folder…
command-export-folder = Export student edition as folder…
command-export-packed = Export student edition as one file…
command-import-document = Import document…
command-review-class = Review a class folder…
command-restore-autosave = Restore autosaved edits
command-clear-recovery-copies = Clear students' unsaved-work copies on this computer
command-shortcuts = Keyboard shortcuts
command-about = About Crosscheck

# "Make claim (Ctrl+Enter)"
label-with-shortcut = { $label } ({ $keys })

menu-open-recent = Open recent
menu-recent-empty = Nothing yet
menu-whole-words = Snap selections to whole words
menu-language = Language
# The first entry of View ▸ Language: follow the computer's language ("System (English)").
language-system = System ({ $language })

shortcuts-title = Keyboard shortcuts
shortcuts-label-keys = Alt+1–9, Alt+A–Z
shortcuts-label-keys-what = Toggle a label on the selected claim (shown beside each label)
shortcuts-f6 = F6, Shift+F6
shortcuts-f6-what = Move the keyboard between the lesson panel, the article and the inspector (the first Tab goes to the article)
shortcuts-article-words = Ctrl+Left, Ctrl+Right (with Shift to select)
shortcuts-article-words-what = In the article: move (or select) word by word
shortcuts-article-lines = Up, Down; Ctrl+Up, Ctrl+Down
shortcuts-article-lines-what = In the article: a line up or down (with Shift, select it), or a paragraph
shortcuts-article-claims = Ctrl+Shift+H
shortcuts-article-claims-what = In the article: a screen reader says the claims of the caret's paragraph (and, as the caret moves onto a claim, that claim)
shortcuts-article-ends = Home, End, Ctrl+Home, Ctrl+End
shortcuts-article-ends-what = In the article: to the start or end of the paragraph, or of the document
shortcuts-article-pages = Page Up, Page Down
shortcuts-article-pages-what = In the article: a screen up or down

# Counts used across the app.
claims-count = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}

# Dates, as the language writes them: "November 23, 2026, 2:05 PM".
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-time = { $month } { $day }, { $year }, { $hour12 }:{ $minute } { $pm ->
    [pm] PM
   *[am] AM
}

# A piece of evidence's stance toward a claim (shown with its symbol, never colour alone).
stance-corroborates = corroborates
stance-contradicts = contradicts
stance-adds-context = adds context
command-new-document-from-clipboard = New document from the clipboard
shortcuts-close = Close
