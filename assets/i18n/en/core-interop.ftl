# core-interop

## Importing annotations (src/core/interop): W3C Web Annotation and Hypothesis JSON.
## $file is the file as the user knows it; $annotation names an annotation by its id in the file
## (or "#3", its number, when it has none).

import-json = { $file }:{ $line }:{ $column }: not valid JSON: { $reason }
import-unknown-format = { $file }: not annotations Crosscheck can read: expected W3C Web Annotation JSON (an annotation, a list of them, a page or a collection) or Hypothesis JSON (its search results with "rows", or a list of rows)
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
import-orphaned-quote = { $annotation }: ORPHANED: its quote was not found in { $document } (best score { $score }); kept, needs a place
import-orphaned-no-quote = { $annotation }: ORPHANED: it quotes nothing (a note on the whole page, or a reply); kept
import-orphaned-other-document = { $annotation }: ORPHANED: { $source } is not a document of this lesson and its quote is in none of them; kept
import-found-by-quote = { $annotation }: { $source } is not the address of any document of the lesson; its quote was found in { $document }
import-no-address = (no address)
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
