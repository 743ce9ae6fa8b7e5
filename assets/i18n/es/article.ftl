# La vista del artículo y la barra de encima (src/app/widgets/article_view, src/app/student/article.rs).

article-make-key-item = Crear elemento de la clave

# El botón encima del artículo: "+ Crear afirmación (Ctrl+Enter)"; $what es la etiqueta de la orden.
article-make-button = + { $what } ({ $keys })
article-choosing-evidence = Eligiendo evidencia:
article-choosing-evidence-how = cambia a un documento, selecciona un pasaje y luego:
article-cancel-attach = Cancelar
article-select-passage-first = Selecciona primero un pasaje
# La información sobre un resaltado, para una afirmación sin etiquetas: "c1: sin etiquetas todavía".
article-no-labels-yet = sin etiquetas todavía
article-no-documents = Esta lección no tiene documentos.
article-document-unreadable = No se pudo leer «{ $title }»
article-document-text-missing = Falta su texto en la lección.
article-what-to-do = Qué hacer: { $advice }

# La vista del artículo (src/app/widgets/article_view).
# Cómo llama al artículo un lector de pantalla: "Artículo: Bases atacadas 62 veces".
article-accessible-name = Artículo: { $title }
# El menú contextual del artículo; $keys es el atajo ("Ctrl+Enter").
article-menu-make-claim = Crear afirmación con la selección ({ $keys })
article-menu-copy = Copiar
article-selection-accessible = Seleccionado: { $text }
article-claim-accessible = Afirmación { $number }: “{ $quote }”. Etiquetas: { $labels }. Evidencia: { $evidence }.
article-claim-no-evidence = ninguna
article-evidence-accessible = Evidencia citada por la afirmación { $number }
article-search-hit-accessible = Resultado de la búsqueda
article-paragraph-claims = Párrafo { $number }: { $claims }
article-paragraph-no-claims = Párrafo { $number }: ninguna afirmación
article-claim-number = Afirmación { $number }
