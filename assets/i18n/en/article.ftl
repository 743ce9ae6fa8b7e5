# The article view and the bar above it (src/app/widgets/article_view, src/app/student/article.rs).

article-make-key-item = Make key item
