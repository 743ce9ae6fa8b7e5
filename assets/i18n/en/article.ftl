# The article view and the bar above it (src/app/widgets/article_view, src/app/student/article.rs).

article-make-key-item = Make key item

# The button above the article: "+ Make claim (Ctrl+Enter)"; $what is the command's label.
article-make-button = + { $what } ({ $keys })
article-choosing-evidence = Choosing evidence:
article-choosing-evidence-how = switch to a document, select a passage, then:
article-cancel-attach = Cancel
article-select-passage-first = Select a passage first
# The tooltip over a highlight, for a claim with no labels: "Claim 1: no labels yet".
article-no-labels-yet = no labels yet
article-no-documents = This lesson has no documents.
article-document-unreadable = "{ $title }" could not be read
article-document-text-missing = Its text is missing from the lesson.
article-what-to-do = What to do: { $advice }

# The article view itself (src/app/widgets/article_view).
# What a screen reader calls the article: "Article: Bases attacked 62 times".
article-accessible-name = Article: { $title }
# The article's context menu; $keys is the shortcut ("Ctrl+Enter").
article-menu-make-claim = Make claim from selection ({ $keys })
article-menu-copy = Copy
article-selection-accessible = Selected: { $text }
# What a screen reader says of a claim's highlight: "Claim 3: “62 times”. Labels: Check-worthy. Evidence: contradicts."
article-claim-accessible = Claim { $number }: “{ $quote }”. Labels: { $labels }. Evidence: { $evidence }.
article-claim-no-evidence = none
article-evidence-accessible = Evidence cited by claim { $number }
article-search-hit-accessible = Search hit
article-paragraph-claims = Paragraph { $number }: { $claims }
article-paragraph-no-claims = Paragraph { $number }: no claims
article-claim-number = Claim { $number }
