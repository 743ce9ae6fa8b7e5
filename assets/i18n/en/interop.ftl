# Export and import of annotations (src/app/interop.rs): File ▸ Export ▸ …, File ▸ Import
# annotations…, and the claims an import could not place.

menu-export = Export
command-import-annotations = Import annotations…
command-export-w3c = W3C Web Annotations (JSON-LD)…
command-export-claimreview = ClaimReview (JSON-LD)…
command-export-markdown = Report (Markdown)…
command-export-html = Report (HTML)…

# Why an entry of File is greyed out (shown on hover).
interop-export-unavailable = Export works on the student's desk, or on the teacher's Review tab with a student shown
interop-import-unavailable = Annotations are imported into a student's session: go back to the student's desk first

# File dialogs. $what is one of interop-what-… below.
interop-dialog-export = Export { $what }
interop-dialog-import = Import annotations (W3C Web Annotation or Hypothesis JSON)
interop-filter-json-ld = JSON-LD
interop-filter-markdown = Markdown
interop-filter-html = Web page (HTML)
interop-filter-annotations = Annotations (JSON)

interop-what-w3c = W3C Web Annotations
interop-what-claimreview = ClaimReview
interop-what-markdown = Markdown report
interop-what-html = HTML report

# The status bar after an export. $path is where it was written.
interop-exported = { $what } written to { $path }
interop-not-exported = Not exported: { $error }

# Importing. $file is the file's name; $undo the undo shortcut ("Ctrl+Z").
interop-import-failed = Could not import annotations from { $file }: nothing was changed
interop-import-empty = { $file } holds no annotations: nothing was imported
interop-import-stale = The annotations of { $file } were read for work that is no longer open: nothing was imported
interop-imported = Imported { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} from { $file }: { $exact } where they were, { $moved } moved, { $fuzzy } placed by likeness (check them), { $orphaned } not placed (listed under “Not placed”). { $undo } takes the import back.
interop-import-notes = Imported from { $file }, with { $count ->
    [one] { $count } thing
   *[other] { $count } things
} worth a look

# The claims list: claims kept but without a place in the text.
interop-not-placed-heading = Not placed ({ $count })
interop-not-placed-about = Imported, but their passage was not found in the lesson's documents: they are kept, not drawn in the article and not graded.
interop-not-placed-row = #{ $number } “{ $quote }”
interop-no-quote = (no quote)
interop-delete-not-placed = Delete
interop-delete-not-placed-accessible = Delete claim #{ $number } (not placed)
# Why a claim is not placed. $document is a document's title; $source a web address.
interop-orphan-quote-not-found = its quote was not found in “{ $document }”
interop-orphan-no-quote = it quotes nothing (a note on a whole page, or a reply)
interop-orphan-other-document = made on { $source }, which is not a document of this lesson
interop-orphan-other-document-titled = made on “{ $title }” ({ $source }), which is not a document of this lesson
interop-orphan-no-address = made on a page the file does not name (it has no address)
interop-orphan-no-address-titled = made on “{ $title }”, a page the file gives no address for
interop-inspector-not-placed = Not placed: { $reason }. It is not drawn in the article and not graded.
