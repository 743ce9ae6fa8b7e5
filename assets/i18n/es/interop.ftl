# Exportar e importar anotaciones (src/app/interop.rs): Archivo ▸ Exportar ▸ …, Archivo ▸
# Importar anotaciones…, y las afirmaciones que una importación no pudo colocar.

menu-export = Exportar
command-import-annotations = Importar anotaciones…
command-export-w3c = Anotaciones web W3C (JSON-LD)…
command-export-claimreview = ClaimReview (JSON-LD)…
command-export-markdown = Informe (Markdown)…
command-export-html = Informe (HTML)…

# Por qué una entrada de Archivo está en gris (al pasar el ratón).
interop-export-unavailable = Se exporta desde el escritorio del estudiante, o desde la pestaña Revisión del docente con un estudiante a la vista
interop-import-unavailable = Las anotaciones se importan a la sesión de un estudiante: vuelve antes al escritorio del estudiante

# Diálogos de archivos. $what es uno de los interop-what-… de abajo.
interop-dialog-export = Exportar { $what }
interop-dialog-import = Importar anotaciones (JSON de W3C Web Annotation o de Hypothesis)
interop-filter-json-ld = JSON-LD
interop-filter-markdown = Markdown
interop-filter-html = Página web (HTML)
interop-filter-annotations = Anotaciones (JSON)

interop-what-w3c = Anotaciones web W3C
interop-what-claimreview = ClaimReview
interop-what-markdown = Informe en Markdown
interop-what-html = Informe en HTML

# La barra de estado tras exportar. $path es dónde se escribió.
interop-exported = Exportación escrita en { $path } ({ $what })
interop-not-exported = No se exportó: { $error }

# Importar. $file es el nombre del archivo; $undo el atajo de deshacer («Ctrl+Z»).
interop-import-failed = No se pudieron importar anotaciones de { $file }: no se cambió nada
interop-import-empty = { $file } no tiene anotaciones: no se importó nada
interop-import-stale = Las anotaciones de { $file } se leyeron para un trabajo que ya no está abierto: no se importó nada
interop-imported = { $count ->
    [one] Importada { $count } afirmación
   *[other] Importadas { $count } afirmaciones
} de { $file }: { $exact } donde estaban, { $moved } desplazadas, { $fuzzy } colocadas por parecido (revísalas), { $orphaned } sin colocar (en la lista «Sin colocar»). { $undo } deshace la importación.
interop-import-notes = Importado de { $file }, con { $count ->
    [one] { $count } cosa
   *[other] { $count } cosas
} que conviene revisar

# La lista de afirmaciones: afirmaciones guardadas, pero sin lugar en el texto.
interop-not-placed-heading = Sin colocar ({ $count })
interop-not-placed-about = Importadas, pero su pasaje no se encontró en los documentos de la lección: se guardan, no se dibujan en el artículo y no se califican.
interop-not-placed-row = n.º { $number } «{ $quote }»
interop-no-quote = (sin cita)
interop-delete-not-placed = Eliminar
interop-delete-not-placed-accessible = Eliminar la afirmación n.º { $number } (sin colocar)
# Por qué una afirmación no está colocada. $document es el título de un documento; $source una dirección web.
interop-orphan-quote-not-found = su cita no se encontró en «{ $document }»
interop-orphan-no-quote = no cita nada (una nota sobre toda una página, o una respuesta)
interop-orphan-other-document = hecha en { $source }, que no es un documento de esta lección
interop-orphan-other-document-titled = hecha en «{ $title }» ({ $source }), que no es un documento de esta lección
interop-orphan-no-address = hecha en una página que el archivo no nombra (no tiene dirección)
interop-orphan-no-address-titled = hecha en «{ $title }», una página de la que el archivo no da dirección
interop-inspector-not-placed = Sin colocar: { $reason }. No se dibuja en el artículo ni se califica.
