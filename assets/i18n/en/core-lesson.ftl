# core-lesson

## A lesson's problems (src/core/lesson.rs). Ids and paths in quotes are written as Rust's {:?}
## writes them, without the quotes, which the messages put around them.

lesson-no-id = the lesson has no id
lesson-document-empty-id = a document has an empty id
lesson-document-same-id = two of the documents have the id "{ $id }"
lesson-label-set-empty-id = a label set has an empty id
lesson-label-set-same-id = two of the label sets have the id "{ $id }"
lesson-label-empty-id = a label has an empty id
lesson-label-same-id = two of the labels have the id "{ $id }"
lesson-task-empty-id = a task has an empty id
lesson-task-same-id = two of the tasks have the id "{ $id }"
lesson-key-item-empty-id = a key item has an empty id
lesson-key-item-same-id = two of the key items have the id "{ $id }"
lesson-same-file = document { $document }: another document has the same file, "{ $path }"
# $reason: one of the lesson-path-* messages.
lesson-bad-path = document { $document }: { $reason }
lesson-path-is-lesson-file = document { $document }: its path is { $file }, the lesson's own file
lesson-no-verdict-scale-set = the verdict scale names label set "{ $set }", which does not exist
lesson-task-no-document = task { $task }: no document "{ $document }"
lesson-task-no-label-set = task { $task }: no label set "{ $set }"
lesson-task-needs-verdict-scale = task { $task }: a verdict task needs a verdict scale
lesson-extra-claims-out-of-range = extra claims: the weight must be between 0 and 1 and the free claims per item 0 or more (found { $weight } and { $free })
# $reason: one of the evidence-span-* messages.
lesson-key-item-bad-span = key item { $item }: { $reason }
lesson-key-item-no-task = key item { $item }: no task "{ $task }"
lesson-key-item-no-document = key item { $item }: no document "{ $document }"
lesson-key-item-no-label = key item { $item }: no label "{ $label }"
lesson-key-item-verdict-off-scale = key item { $item }: "{ $verdict }" is not on the verdict scale
lesson-key-item-evidence-unknown-document = key item { $item }: evidence in unknown document "{ $document }"
lesson-key-item-evidence-bad-span = key item { $item }, evidence { $evidence }: { $reason }
lesson-near-miss-no-label = near miss: no label "{ $label }"
lesson-near-miss-credit = near miss { $a }/{ $b }: credit must be between 0 and 1
lesson-path-empty = the path is empty
lesson-path-absolute = the path "{ $path }" is absolute; it must be relative to the lesson folder
lesson-path-leaves-folder = the path "{ $path }" leaves the lesson folder (`..`)

## Loading a lesson: $file is the lesson file or document as the user knows it.

lesson-embedded-text-nul = { $file }: the embedded text of document { $document } holds NUL characters: not a text
lesson-no-embedded-text = { $file }: document { $document } has no embedded text
# $reason: why the file was not read (from the operating system, or a link leading out of the folder).
lesson-file-problem = { $file }: { $reason }
lesson-span-past-end = { $file }: key item { $item }: its span { $start }..{ $end } ends past the end of the text ({ $length } chars)
lesson-evidence-past-end = { $file }: key item { $item }: its evidence passage { $start }..{ $end } ends past the end of the text ({ $length } chars)
lesson-hash-mismatch = { $file }: the text of document { $document } does not match lesson.ron (sha256 { $expected } expected, { $found } found); the document was changed after the lesson was made — re-anchor the key and sessions

## Evidence (src/core/evidence.rs): what is wrong with a stored span.

evidence-span-backwards = its position { $start }..{ $end } ends before it starts
evidence-span-past-any-document = its position { $start }..{ $end } is past the end of any document

## The teacher's desk (src/core/authoring.rs): why a label set cannot be added.

authoring-set-exists = the lesson already has the label set "{ $name }"
authoring-label-clash = the label "{ $name }" ({ $id }) is already in another set of this lesson

## Importing a document (src/core/import.rs): $file is the file picked.

# $reason: why the file was not read, or why its bytes are not a text.
import-file-problem = { $file }: { $reason }
import-no-article-text = { $file }: no article text found (no paragraphs in the page's body)
import-mhtml-no-page = { $file }: expected a web page saved as one file (MHTML), but it has no HTML part
import-unsupported-kind = { $file }: expected a .txt, .md, .html, .mhtml, .pdf or .docx file, not .{ $extension }
# $reason: the PDF or Word reader's own words, in English.
import-pdf-unreadable = { $file }: this PDF could not be read ({ $reason })
import-pdf-bomb = { $file }: a compressed part of this PDF unpacks to more than { $limit } MB, more than any page needs; it was not read
import-pdf-encrypted = { $file }: this PDF is protected by a password; save a copy without the password and import that
import-pdf-no-text = { $file }: this PDF has no text to import, only pictures of its pages (a scan?); run it through text recognition (OCR) first, or copy its text into a .txt file
import-pdf-empty = { $file }: this PDF has no text to import and no pictures of pages either: its pages are blank or drawn as shapes; copy its text into a .txt file if you have it
import-pdf-unnamed-glyphs = { $file }: this PDF draws its text in fonts that do not say which letters they draw, so the text cannot be read from it; copy its text into a .txt file, or run it through text recognition (OCR)
# $limit: megabytes.
import-too-much-text = { $file }: holds more text than a document may ({ $limit } MB)
import-docx-unreadable = { $file }: this Word document could not be read ({ $reason })
import-docx-legacy = { $file }: this is an older Word document (.doc) or one protected by a password; save it in Word as .docx without a password and import that
import-docx-no-text = { $file }: this Word document has no text

## A document about to be added that the lesson already has.
import-duplicate-same-text = this text is already in the lesson as “{ $title }” ({ $id })
import-duplicate-same-address = a document from this address is already in the lesson: “{ $title }” ({ $id })
import-duplicate-mostly = { $percent }% of this text is already in the lesson as “{ $title }” ({ $id })

# Reading a file in a child process (time, memory and output limits).
import-too-long = { $file }: took too long to read (more than { $seconds } s) and was not imported; it may be damaged or made to stall readers
import-too-much-memory = { $file }: needed too much memory to read (more than { $limit } MB) and was not imported; it may be damaged or made to exhaust readers
import-reader-crashed = { $file }: the reader stopped unexpectedly ({ $cause }); the file was not imported and nothing else changed
import-reader-not-started = { $file }: the reader ({ $program }) could not be started: { $reason }
import-crash-stack = it ran out of stack: parts of the file may draw each other without end
import-crash-panic = it failed on something in the file
import-crash-signal = it was stopped by signal { $signal }
import-crash-exit = it ended with code { $code } without an answer
import-crash-answer = its answer was not one Crosscheck understands
import-pdf-endless-forms = { $file }: this PDF's parts draw each other without end (or nested more than { $depth } deep); it was not read
