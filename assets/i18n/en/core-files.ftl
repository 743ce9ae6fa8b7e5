# core-files

## Loading and saving files (src/core/store)

file-problem = { $path }: { $message }
file-parse = { $path }:{ $line }:{ $column }: { $message }
file-newer-format = { $path }: this file has format { $found }, but this version of Crosscheck reads format { $supported } at most; update Crosscheck to open it (the file was not changed)
file-format-unknown = it says it has format { $found }, which no version of Crosscheck ever wrote (the first format is 1)
# The operating system's (or a library's) own words, as they are.
file-os-error = { $error }
# The RON parser's own description of the error (English), as it is.
file-ron-error = { $message }
file-missing-field = expected the field `{ $field }`, but it is missing
file-missing-field-in = expected the field `{ $field }` in { $outer }, but it is missing
file-not-utf8 = not valid UTF-8 at byte offset { $offset }
file-cannot-serialise = cannot serialise: { $error }
file-not-saved-too-big = not saved: { $reason }; shorten it and save again
file-same-file-twice = two of the files to write are this one file

## Reading files from strangers (src/core/store/guard.rs)

guard-not-regular = not a regular file ({ $kind }); only ordinary files are read
guard-kind-fifo = a FIFO
guard-kind-device = a device
guard-kind-socket = a socket
guard-kind-folder = a folder
guard-kind-other = not an ordinary file
guard-too-large = the file is { $size } bytes; at most { $limit } bytes are read for this kind of file
guard-folder-unreadable = { $folder }: { $error }
guard-link-nowhere = { $error } (a link that points nowhere?)
# $path is quoted already ("documents/a.txt").
guard-leads-outside = { $path } leads outside the lesson folder (to { $target }) through a link; refused
guard-leaves-folder = { $path } leaves the lesson folder

## Size limits on what a file holds (src/core/store/limits.rs)

limit-too-big = the field `{ $field }` holds { $size }; at most { $limit } are allowed
limit-top-level = (top level)
limit-bytes = { $count } bytes
limit-items = { $count } items
limit-unmeasurable = a value that cannot be measured
limit-measurable = values that can

## Document text (src/core/text.rs)

text-invalid-utf8 = { $path }: not valid UTF-8 at byte offset { $offset } (line { $line }); save the file as UTF-8 or UTF-16 with a byte-order mark
text-invalid-utf16 = { $path }: not valid UTF-16 at byte offset { $offset }: { $reason }
text-utf16-odd-length = odd number of bytes (a UTF-16 file is made of 2-byte units)
text-utf16-unpaired-surrogate = unpaired surrogate
text-too-large = { $path }: the document is { $size } MB; documents over { $limit } MB are refused
text-not-text = { $path }: not a text file: a NUL byte at offset { $offset } (UTF-16 without a byte-order mark? save it as UTF-8)
text-cannot-read = { $path }: cannot read the file: { $reason }

## A student's session (src/core/session.rs)

session-claim-span = claim { $claim }: { $problem }
session-evidence-span = claim { $claim }, evidence { $evidence }: { $problem }

## A class folder (src/core/class.rs)

class-cannot-read-folder = cannot read the folder: { $error }
class-cannot-create-folder = cannot create the folder: { $error }
class-no-threads = could not start the threads that read the sessions
class-no-sessions = { $folder }: no *.session.ron files in this folder
class-review-unreadable = { $reason } (the review file; fix or move it to start a new review)
# The CSV writer's own words, as they are.
class-gradebook-failed = { $error }
