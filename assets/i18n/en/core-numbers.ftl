# core-numbers: the numbers of a lesson side by side, and the sourcing checks on evidence.

## Values of a group that do not fit together. $first and $second are the values as written
## ("more than 60"), $first_source and $second_source the outlets, $thing what is counted.
numbers-disagree-same-period = { $first } ({ $first_source }) and { $second } ({ $second_source }) count { $thing } for the same period, and the numbers do not agree
numbers-disagree-overlapping = { $first } ({ $first_source }) and { $second } ({ $second_source }) count { $thing } for overlapping periods, and the numbers do not agree: check the dates each one covers
# $shorter is the value counted over the shorter period.
numbers-disagree-shorter-more = { $first } ({ $first_source }) and { $second } ({ $second_source }) count { $thing }: { $shorter } is more, though it covers a shorter period inside the other
# $first_thing and $second_thing say what each counts ("American soldiers (killed, wounded)").
numbers-different-things = { $first } ({ $first_source }) counts { $first_thing }, { $second } ({ $second_source }) counts { $second_thing }, for overlapping periods: not the same count
numbers-disagree-same-day = { $first } ({ $first_source }) and { $second } ({ $second_source }) count { $thing } as of the same day, and the numbers do not agree (likely: both are dated only by their reports, so check the time of each)
numbers-disagree-earlier-higher = { $earlier } ({ $earlier_source }) is more { $thing } than the later { $later } ({ $later_source }), though a toll only grows (likely: unless the count was revised down)
numbers-disagree-one-event = { $first } ({ $first_source }) and { $second } ({ $second_source }) count { $thing } of one event, reported days apart, and the numbers do not agree (likely: two sources or two ways of counting)
numbers-disagree-settled = { $first } ({ $first_source }) and { $second } ({ $second_source }) count { $thing } days apart, long after the first reports, when the count had settled, and the numbers do not agree (likely: unless one was revised)
## Values that differ but need not disagree, said in words.
numbers-note-rose = { $thing } rose from { $earlier } ({ $earlier_source }) to { $later } ({ $later_source }) between the two reports: not a conflict
numbers-note-same-day-rising = { $first } ({ $first_source }) and { $second } ({ $second_source }) count { $thing } on the same day, while the toll was still rising: perhaps an earlier and a later count of that day, not a clear conflict
# $placed is the value that names a place, $place that place.
numbers-note-part-total = { $placed } counts { $thing } in { $place } only, the other names no place: perhaps a part and the total, not a conflict
numbers-note-part-of = { $placed } counts { $thing } in { $place }, a part of { $whole } where the other counts them: a part and the total, not a conflict
numbers-note-two-places = { $first } ({ $first_source }) counts { $thing } in { $first_place }, { $second } ({ $second_source }) in { $second_place }: two places, not a conflict

## Problems with a lesson's parties and synonyms.
lesson-party-no-name = a party to the conflict has no name (its role: "{ $role }")
lesson-party-twice = the party "{ $name }" is listed twice
lesson-synonym-empty = synonyms list { $list } has an empty word
lesson-synonym-two-lists = the word "{ $word }" is on two lists of synonyms

## Nudges on evidence: why it may not show what the student thinks.
sourcing-kind-circular = Circular
sourcing-kind-date-order = Date order
sourcing-kind-party = Party to the conflict
sourcing-kind-anonymous = Anonymous
sourcing-circular-document = the evidence is a passage of the claim's own article, so it cannot corroborate the claim
# $outlet is the outlet both come from.
sourcing-circular-outlet = the evidence comes from { $outlet }, the outlet that published the claim, so it cannot corroborate the claim
# $share is the percentage of the claim's words the passage repeats.
sourcing-circular-words = the evidence repeats the claim's own words ({ $share }% of them word for word), so it cannot corroborate the claim
# $evidence_date and $claim_date are dates as the lesson or the student wrote them.
sourcing-date-before = the evidence is dated { $evidence_date }, before the claim's article ({ $claim_date }): an earlier source cannot confirm a later count or a total "so far"
sourcing-no-date = the evidence has no date, so nobody can tell whether it came before or after the claim
sourcing-date-unreadable = the evidence's date "{ $date }" cannot be read as a date, so nobody can tell whether it came before or after the claim
# $outlet is the evidence's outlet, $party the party the lesson names, $role its role.
sourcing-party = { $outlet } is marked in this lesson as a party to the conflict ({ $party }: { $role }): it speaks for one side
# $label is the name of the label given to the passage.
sourcing-anonymous = the passage is labelled "{ $label }": readers cannot check who said it
