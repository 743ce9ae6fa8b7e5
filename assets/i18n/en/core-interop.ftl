# core-interop

## Importing annotations (src/core/interop): W3C Web Annotation and Hypothesis JSON.
## $file is the file as the user knows it; $annotation names an annotation by its id in the file
## (or "#3", its number, when it has none).

import-json = { $file }:{ $line }:{ $column }: not valid JSON: { $reason }
import-unknown-format = { $file }: not annotations Crosscheck can read: expected W3C Web Annotation JSON (an annotation, a list of them, a page or a collection) or Hypothesis JSON (its search results with "rows", a list of rows, or one row)
import-shape = { $file }: { $problem }
import-annotation = { $file }: annotation { $annotation }: { $problem }

## What is wrong with a file or one annotation ($problem above).
import-w3c-not-annotations = expected a W3C annotation, a list of them, an AnnotationPage or an AnnotationCollection
import-items-not-list = the page's "items" is not a list
import-page-not-embedded = the collection's pages are not in the file (only the address { $address }); export the collection with its pages embedded
import-rows-not-list = "rows" is not a list of annotations
import-not-object = it is not a JSON object
import-not-an-object = its "{ $field }" is not a JSON object
import-not-text = its "{ $field }" is not text
import-bad-trail = its work trail cannot be read ({ $error })
import-not-number = its "{ $field }" is not a whole number
import-bad-time = its "{ $field }" is not a date and time with a time zone ("{ $value }")
import-no-target = it has no target (no document it is about)
import-no-exact = its TextQuoteSelector has no "exact" text
import-position-not-number = its TextPositionSelector's "{ $field }" is not a whole number
import-position-backwards = its TextPositionSelector ends ({ $end }) before it starts ({ $start })
import-unknown-motivation = "{ $motivation }" is not a W3C motivation (those are: { $known })
import-unknown-value = its "{ $field }" is "{ $value }", which Crosscheck does not know

## What became of each annotation, and what is worth a look.
import-placed-exact = { $annotation }: in { $document } at { $at }, where it said
import-placed-moved = { $annotation }: in { $document }, moved { $from } -> { $to }
import-placed-fuzzy = { $annotation }: in { $document }, FUZZY { $from } -> { $to } (score { $score }: check it)
## Why an annotation was not placed. $chars is the quote's length, $min the least a rule needs,
## $score a placement's score (0.00 to 1.00). Another tool's annotation is placed by likeness
## (not found as it is) only when its quote is long enough and it scores well with its context.
import-orphaned-no-quote = { $annotation }: ORPHANED: it quotes nothing (a note on the whole page, or a reply); kept
import-orphaned-too-short = { $annotation }: ORPHANED: its quote was not found in { $document } as it is, and at { $chars ->
    [one] { $chars } character
   *[other] { $chars } characters
} it is too short to place by likeness (that needs { $min }); kept, needs a place
import-orphaned-inside-words = { $annotation }: ORPHANED: its quote is in { $document } only inside longer words ({ $count ->
    [one] once
   *[other] { $count } times
}), and at { $chars ->
    [one] { $chars } character
   *[other] { $chars } characters
} it is too short to place there without its context saying so; kept, needs a place
import-orphaned-too-weak = { $annotation }: ORPHANED: its quote was not found in { $document } as it is, and the closest likeness is too weak to believe (score { $score }; { $min } needed); kept, needs a place
import-orphaned-not-found = { $annotation }: ORPHANED: its quote was not found in { $document }, not even approximately; kept, needs a place
import-orphaned-as-exported = { $annotation }: ORPHANED: the file keeps it without a place in { $document } (its quote was not found there); kept
## $address is one of import-address-… and $why one of import-elsewhere-… below.
import-orphaned-elsewhere = { $annotation }: ORPHANED: { $address }, and { $why }; kept
import-address-unknown = { $source } is not a document of this lesson
import-address-none = it has no address (the file does not say which page it was made on)
import-elsewhere-no-quote = it quotes nothing to find it by
import-elsewhere-not-found = its quote is in none of the lesson's documents as it is
import-elsewhere-nearest = its quote is in none of the lesson's documents as it is (the closest likeness, in { $document }, scores { $score }; a likeness is not enough to place it in a document its address does not name)
import-elsewhere-several = its quote is in { $count } of the lesson's documents ({ $documents }), so which one it was made on cannot be told
import-elsewhere-too-short = its quote is in { $document }, but at { $chars ->
    [one] { $chars } character
   *[other] { $chars } characters
} (fewer than { $min }) it is too short to place in a document its address does not name unless its context agrees too
import-elsewhere-as-exported = the file keeps it without a place
import-found-by-quote = { $annotation }: { $source } is not the address of any document of the lesson; its quote was found, as it is, in { $document } (and in no other document)
import-found-by-quote-no-address = { $annotation }: it has no address; its quote was found, as it is, in { $document } (and in no other document)
import-position-outside = { $annotation }: its position { $start }..{ $end } is outside { $document }, which has { $length ->
    [one] { $length } character
   *[other] { $length } characters
}; placed by its quote
import-unknown-tag = { $annotation }: the tag "{ $tag }" is not a label of the lesson; kept as it is
import-evidence-orphaned = { $annotation }, evidence { $evidence }: its passage was not found in { $document }; kept where it was
import-several-people = the annotations were made by several people ({ $names }); the session names them all
import-summary = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}: { $exact } where they said, { $moved } moved, { $fuzzy } fuzzy, { $orphaned } orphaned
