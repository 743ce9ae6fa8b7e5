# core-lesson

## Los problemas de una lección (src/core/lesson.rs). Los ids y las rutas entre «» se escriben
## como los escribe {:?} de Rust, sin las comillas.

lesson-no-id = la lección no tiene id
lesson-document-empty-id = un documento tiene el id vacío
lesson-document-same-id = dos documentos tienen el id «{ $id }»
lesson-label-set-empty-id = un conjunto de etiquetas tiene el id vacío
lesson-label-set-same-id = dos conjuntos de etiquetas tienen el id «{ $id }»
lesson-label-empty-id = una etiqueta tiene el id vacío
lesson-label-same-id = dos etiquetas tienen el id «{ $id }»
lesson-task-empty-id = una tarea tiene el id vacío
lesson-task-same-id = dos tareas tienen el id «{ $id }»
lesson-key-item-empty-id = un elemento de la clave tiene el id vacío
lesson-key-item-same-id = dos elementos de la clave tienen el id «{ $id }»
lesson-same-file = documento { $document }: otro documento tiene el mismo archivo, «{ $path }»
# $reason: uno de los mensajes lesson-path-*.
lesson-bad-path = documento { $document }: { $reason }
lesson-path-is-lesson-file = documento { $document }: su ruta es { $file }, el archivo propio de la lección
lesson-no-verdict-scale-set = la escala de veredictos remite al conjunto de etiquetas «{ $set }», que no existe
lesson-task-no-document = tarea { $task }: no hay ningún documento «{ $document }»
lesson-task-no-label-set = tarea { $task }: no hay ningún conjunto de etiquetas «{ $set }»
lesson-task-needs-verdict-scale = tarea { $task }: una tarea de veredicto necesita una escala de veredictos
lesson-extra-claims-out-of-range = afirmaciones adicionales: el peso debe estar entre 0 y 1 y las afirmaciones sin coste por elemento de la clave deben ser 0 o más (hay { $weight } y { $free })
# $reason: uno de los mensajes evidence-span-*.
lesson-key-item-bad-span = elemento de la clave { $item }: { $reason }
lesson-key-item-no-task = elemento de la clave { $item }: no hay ninguna tarea «{ $task }»
lesson-key-item-no-document = elemento de la clave { $item }: no hay ningún documento «{ $document }»
lesson-key-item-no-label = elemento de la clave { $item }: no hay ninguna etiqueta «{ $label }»
lesson-key-item-verdict-off-scale = elemento de la clave { $item }: «{ $verdict }» no está en la escala de veredictos
lesson-key-item-evidence-unknown-document = elemento de la clave { $item }: evidencia en un documento desconocido, «{ $document }»
lesson-key-item-evidence-bad-span = elemento de la clave { $item }, evidencia { $evidence }: { $reason }
lesson-near-miss-no-label = casi acierto: no hay ninguna etiqueta «{ $label }»
lesson-near-miss-credit = casi acierto { $a }/{ $b }: el crédito debe estar entre 0 y 1
lesson-path-empty = la ruta está vacía
lesson-path-absolute = la ruta «{ $path }» es absoluta; debe ser relativa a la carpeta de la lección
lesson-path-leaves-folder = la ruta «{ $path }» sale de la carpeta de la lección (`..`)

## Al cargar una lección: $file es el archivo de la lección o el documento, como lo conoce quien lo abre.

lesson-embedded-text-nul = { $file }: el texto incluido del documento { $document } contiene caracteres NUL: no es un texto
lesson-no-embedded-text = { $file }: el documento { $document } no tiene texto incluido
# $reason: por qué no se leyó el archivo (según el sistema operativo, o un enlace que sale de la carpeta).
lesson-file-problem = { $file }: { $reason }
lesson-span-past-end = { $file }: elemento de la clave { $item }: su fragmento { $start }..{ $end } termina después del final del texto ({ $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    })
lesson-evidence-past-end = { $file }: elemento de la clave { $item }: su pasaje de evidencia { $start }..{ $end } termina después del final del texto ({ $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    })
lesson-hash-mismatch = { $file }: el texto del documento { $document } no coincide con lesson.ron (se esperaba sha256 { $expected } y se encontró { $found }); el documento cambió después de hacerse la lección: vuelve a anclar la clave y las sesiones

## La evidencia (src/core/evidence.rs): qué falla en un fragmento guardado.

evidence-span-backwards = su posición { $start }..{ $end } termina antes de empezar
evidence-span-past-any-document = su posición { $start }..{ $end } va más allá del final de cualquier documento

## La mesa del docente (src/core/authoring.rs): por qué no se puede añadir un conjunto de etiquetas.

authoring-set-exists = la lección ya tiene el conjunto de etiquetas «{ $name }»
authoring-label-clash = la etiqueta «{ $name }» ({ $id }) ya está en otro conjunto de esta lección

## Importar un documento (src/core/import.rs): $file es el archivo elegido.

# $reason: por qué no se leyó el archivo, o por qué sus bytes no son un texto.
import-file-problem = { $file }: { $reason }
import-no-article-text = { $file }: no se encontró el texto del artículo (no hay párrafos en el cuerpo de la página)
import-mhtml-no-page = { $file }: se esperaba una página web guardada como un solo archivo (MHTML), pero no tiene ninguna parte HTML
import-unsupported-kind = { $file }: se esperaba un archivo .txt, .md, .html, .mhtml, .pdf o .docx, no .{ $extension }
# $reason: lo que dice el lector de PDF o de Word, en inglés.
import-pdf-unreadable = { $file }: no se pudo leer este PDF ({ $reason })
import-pdf-bomb = { $file }: una parte comprimida de este PDF se descomprime en más de { $limit } MB, más de lo que necesita cualquier página; no se leyó
import-pdf-encrypted = { $file }: este PDF está protegido con contraseña; guarda una copia sin contraseña e importa esa
import-pdf-no-text = { $file }: este PDF no tiene texto que importar, solo imágenes de sus páginas (¿un escaneo?); pásalo antes por un reconocimiento de texto (OCR), o copia su texto en un archivo .txt
import-pdf-empty = { $file }: este PDF no tiene texto que importar ni imágenes de páginas: sus páginas están en blanco o dibujadas con formas; copia su texto en un archivo .txt si lo tienes
import-pdf-unnamed-glyphs = { $file }: este PDF dibuja su texto con fuentes que no dicen qué letras dibujan, así que no se puede leer su texto; copia su texto en un archivo .txt, o pásalo por un reconocimiento de texto (OCR)
# $limit: megabytes.
import-too-much-text = { $file }: tiene más texto del que cabe en un documento ({ $limit } MB)
import-docx-unreadable = { $file }: no se pudo leer este documento de Word ({ $reason })
import-docx-legacy = { $file }: es un documento de Word antiguo (.doc) o protegido con contraseña; guárdalo en Word como .docx sin contraseña e importa ese
import-docx-no-text = { $file }: este documento de Word no tiene texto

## Un documento que se va a añadir y que la lección ya tiene.
import-duplicate-same-text = este texto ya está en la lección como «{ $title }» ({ $id })
import-duplicate-same-address = ya hay en la lección un documento de esta dirección: «{ $title }» ({ $id })
import-duplicate-mostly = el { $percent } % de este texto ya está en la lección como «{ $title }» ({ $id })

# Lectura de un archivo en un proceso hijo (límites de tiempo, memoria y salida).
import-too-long = { $file }: tardó demasiado en leerse (más de { $seconds } s) y no se importó; puede estar dañado o hecho para bloquear a los lectores
import-too-much-memory = { $file }: necesitó demasiada memoria para leerse (más de { $limit } MB) y no se importó; puede estar dañado o hecho para agotar a los lectores
import-reader-crashed = { $file }: el lector se detuvo de forma inesperada ({ $cause }); el archivo no se importó y nada más cambió
import-reader-not-started = { $file }: no se pudo iniciar el lector ({ $program }): { $reason }
import-crash-stack = se quedó sin pila: puede que partes del archivo se dibujen unas a otras sin fin
import-crash-panic = falló con algo del archivo
import-crash-signal = lo detuvo la señal { $signal }
import-crash-exit = terminó con el código { $code } sin respuesta
import-crash-answer = su respuesta no es una que Crosscheck entienda
import-pdf-endless-forms = { $file }: las partes de este PDF se dibujan unas a otras sin fin (o anidadas a más de { $depth } niveles); no se leyó
