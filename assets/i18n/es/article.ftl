# La vista del artículo y la barra de encima (src/app/widgets/article_view, src/app/student/article.rs).

article-make-key-item = Crear elemento de la clave
