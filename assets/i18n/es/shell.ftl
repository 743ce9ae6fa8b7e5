# shell: the window around the desks (src/app/shell/, src/app/mod.rs), the status bar, the
# dialogs, and what opening, saving, autosave and the worker report.

## The window's title ("● Teacher: lesson.ron — Crosscheck").

shell-window-title = { $name } — Crosscheck
shell-window-title-teacher = Docente: { $name } — Crosscheck
# Unsaved work: a dot before the title.
shell-window-title-unsaved = ● { $title }
shell-window-accessible-unsaved = { $title }, cambios sin guardar

## Status bar.

shell-saving = Guardando…
shell-unsaved-changes = Cambios sin guardar
shell-all-saved = Todos los cambios guardados
shell-working = Trabajando en segundo plano…
shell-key-items-count = { $count ->
    [one] { $count } elemento de la clave
   *[other] { $count } elementos de la clave
}
# A message reporting a failure.
shell-error = Error: { $message }
# A hint for a key: "Ctrl+S: Save".
shell-hint = { $keys }: { $command }

## The problems window.

shell-problems-title = Problemas
shell-problem = {"[!]"} { $message }
# $advice is in English (it comes from the lesson checker).
shell-problem-advice = Qué hacer: { $advice }
shell-problems-close = Cerrar la lista de problemas (Esc)
# The status bar, with the first problem: "“Lesson” opened with 2 problems: …".
shell-problem-status = { $heading }: { $problem }

## Recovering unsaved work.

shell-recover-title = ¿Recuperar el trabajo sin guardar?
# $when: a date and time; $claims: "3 claims".
shell-recover-found = Crosscheck encontró trabajo en esta lección que nunca se guardó, modificado por última vez el { $when } ({ $claims }). No se muestra de quién es: para recuperarlo, escribe el nombre con que se hizo.
shell-recover-found-nameless = Crosscheck encontró trabajo en esta lección que nunca se guardó y no tiene nombre, modificado por última vez el { $when } ({ $claims }).
shell-recover-not-yours = Si no es tuyo, elige «No es mío»: se queda en este ordenador para quien lo hizo y tu trabajo empieza de cero.
shell-recover = Recuperar
shell-discard = Descartar

## Closing, or replacing, unsaved work.

shell-close-title = ¿Guardar tu trabajo antes de cerrar?
shell-close-text = Tienes cambios sin guardar.
shell-save = Guardar
shell-close-without-saving = Cerrar sin guardar
shell-cancel = Cancelar
shell-unsaved-session = Tienes cambios sin guardar en tu sesión. ¿Los guardas primero, o los descartas y continúas?
shell-unsaved-lesson = Tienes cambios sin guardar en la lección, su clave o la revisión. ¿Los guardas primero, o los descartas y continúas?
shell-save-first = Guardar primero
shell-discard-and-go-on = Descartar y continuar

## Opening.

shell-opened = Se abrió «{ $title }»
shell-opened-with-problems = «{ $title }» se abrió con { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}
shell-could-not-open-file = No se pudo abrir el archivo
# A file named when the app was started.
shell-could-not-open-start = No se pudo abrir { $path }; en su lugar está abierta la lección de ejemplo
# $error: why the lesson could not be read (in English); $session: the session file.
shell-lesson-beside-unreadable = { $error } — no se pudo leer la lección que está junto a esta sesión, así que la sesión ({ $session }) no se puede abrir con ella
# $lesson: the lesson's id, in quotes.
shell-lesson-not-beside = { $session }: esta sesión es de la lección { $lesson }, que no se encontró junto a ella; abre primero la lección y después la sesión
shell-autosaved-unreadable = No se pudo leer el trabajo guardado automáticamente
shell-autosaved-copy-unreadable = { $error } (una copia guardada automáticamente de trabajo sin guardar; se conservó en { $path })

## Editing, saving.

shell-could-not-apply = No se pudo aplicar el cambio: { $error }
shell-could-not-undo = No se pudo deshacer ni rehacer: { $error }
shell-undone = Deshecho
shell-label-added = Etiqueta «{ $label }» añadida a la afirmación { $number }
shell-label-removed = Etiqueta «{ $label }» quitada de la afirmación { $number }
shell-nothing-to-undo = No hay nada que deshacer
shell-nothing-to-redo = No hay nada que rehacer
shell-redone = Rehecho
shell-claim-deleted = Afirmación eliminada (Ctrl+Z para deshacer)
shell-choose-passage = Elige un pasaje: cambia a otro documento, selecciona el pasaje y luego elige su postura
shell-select-text-first = Primero selecciona un texto y luego haz una afirmación con él
shell-select-passage-first = Primero selecciona el pasaje
# $symbol: [+], [-] or [i].
shell-evidence-attached = Evidencia adjuntada: { $symbol } { $stance ->
    [corroborates] corrobora
    [contradicts] contradice
   *[context] aporta contexto
}
# $key: the recovery copy's name.
shell-recovered = Trabajo sin guardar recuperado ({ $claims }); guárdalo para conservarlo
shell-saved = Guardado en { $path }
shell-not-saved = No se guardó: { $error }. Tu trabajo sigue aquí; prueba Guardar como… en otro lugar.
shell-autosave-failed = Falló el guardado automático: { $error }

## File dialogs.

shell-dialog-open = Abrir una lección o una sesión
shell-dialog-save-session = Guardar tu sesión
shell-dialog-open-lesson = Abrir una lección para editarla (lesson.ron o una lección empaquetada)
shell-dialog-import-document = Importar un documento
shell-dialog-revised-document = El texto revisado del documento
shell-dialog-save-lesson-folder = Carpeta donde guardar la lección
shell-dialog-export-folder = Carpeta para la edición del alumnado
shell-dialog-export-packed = Edición del alumnado en un solo archivo
shell-dialog-open-class = Carpeta con los archivos de sesión de la clase
shell-filter-files = Archivos de Crosscheck
shell-filter-session = Sesión de Crosscheck
shell-filter-lesson = Lección de Crosscheck
shell-filter-documents = Documentos

## The background worker.

shell-worker-not-started = no se pudo iniciar el proceso en segundo plano; guarda tu trabajo y reinicia
shell-dialog-failed = no se puede mostrar el diálogo de archivos: { $error }

# Qué hacer ante un problema con un archivo (src/core/lesson.rs, Advice): se muestra bajo cada problema.
advice-revised = El documento cambió después de crear la lección: pide al docente la lección tal como se repartió, o (docente) usa «Reemplazar por el texto revisado» para volver a anclar la clave.
advice-save-as-utf8 = Abre el documento en un editor de texto, guárdalo como UTF-8 y vuelve a abrir la lección.
advice-too-large = El archivo es demasiado grande para ser un archivo de lección: comprueba que sea el archivo correcto o divide el documento.
advice-copy-into-folder = Copia el documento dentro de la carpeta de la lección (en lugar de enlazarlo) y indica su ruta relativa a la carpeta.
advice-ordinary-file = Solo se leen archivos normales: reemplázalo por una copia del documento.
advice-damaged = Un campo del archivo es mucho mayor de lo que necesita cualquier lección: el archivo está dañado o no es de Crosscheck. Pide una copia nueva.
advice-update-crosscheck = Actualiza Crosscheck para abrir este archivo; no se modificó.
advice-check-where = Comprueba que el archivo esté donde dice la lección (puede que no se haya copiado junto con ella) o abre la lección desde su carpeta.
advice-fix-at-line-and-column = Corrige el archivo en esa línea y columna con un editor de texto (o pide una copia nueva) y vuelve a abrirlo.
advice-fix-what-is-named = Corrige lo indicado (o pide una copia nueva del archivo) y vuelve a abrirlo.

shell-panel-lesson = Panel de la lección (F6 pasa de un panel a otro)
shell-panel-teacher = Panel del docente (F6 pasa de un panel a otro)
shell-panel-inspector = Inspector (F6 pasa de un panel a otro)
shell-zoom = Zoom { $percent } %
shell-reveal-key-title = ¿Abrir la edición del docente de la lección de ejemplo?
shell-reveal-key-text = La edición del docente muestra la clave de respuestas de la lección: las afirmaciones que hay que encontrar, las etiquetas y los veredictos. Si haces esta lección como estudiante, elige Cancelar.
shell-reveal-key-open = Abrir la edición del docente
menu-bar-accessible = Barra de menús
shell-claim-made = Afirmación { $number } creada: «{ $quote }»
shell-key-item-made = Elemento de la clave { $number } creado: «{ $quote }»
scroll-bar = { $what }, barra de desplazamiento
scroll-lesson = Lección y tareas
scroll-claims = Afirmaciones
scroll-not-placed = Afirmaciones sin lugar
scroll-inspector = Inspector
scroll-search = Resultados de la búsqueda
scroll-key-items = Elementos de la clave
scroll-article = Artículo
shell-save-needs-name = Escribe primero tu nombre en «Estudiante» y guarda después: el trabajo se entrega con él (mientras, no se pierde nada)
scroll-tasks = Tareas
shell-folded-lesson = Lección »
shell-folded-teacher = Docente »
shell-folded-inspector = « Inspector
shell-folded-show = { $what } ({ $keys }): plegado por el ancho de la ventana
shell-recover-name = Nombre con que se hizo:
shell-recover-wrong = Ese no es el nombre con que se hizo ({ $tries } de { $of } intentos).
shell-recover-wait = Tres nombres equivocados: espera { $seconds } s antes de volver a intentarlo.
shell-recover-leave = No es mío: empezar de cero
shell-recover-left = El trabajo sin guardar encontrado se queda para quien lo hizo; tu trabajo empieza de cero.
shell-recovery-discarded = Se descartó el trabajo sin guardar encontrado.
shell-recovery-not-discarded = No se pudo borrar de este ordenador una copia de trabajo sin guardar: { $error }
shell-recovery-cleared = { $count ->
    [one] Se borró 1 copia de trabajo sin guardar de este ordenador.
   *[other] Se borraron { $count } copias de trabajo sin guardar de este ordenador.
}

# Texto que ninguna fuente de este equipo puede dibujar (src/app/glyphs.rs).
# En lugar de un tramo de ese texto en listas, pestañas y etiquetas; $script es la palabra de glyphs-script.
glyphs-placeholder = [texto { $script }]
# En lugar de caracteres sin fuente que no son de ninguna escritura; $codes los enumera ("U+1F9E0").
glyphs-placeholder-codes = [{ $codes }]
# El nombre de una escritura; $script es su nombre inglés en Unicode ("Ethiopic") o la lengua en que se lee.
glyphs-script = { $script ->
    [Japanese] japonés
    [Chinese] chino
    [Korean] coreano
    [Ethiopic] etíope
    [Tamil] tamil
    [Bengali] bengalí
    [Khmer] jemer
    [Georgian] georgiano
    [Armenian] armenio
    [Sinhala] cingalés
    [Myanmar] birmano
    [Tibetan] tibetano
    [Gujarati] guyaratí
    [Gurmukhi] gurmuji
    [Telugu] telugu
    [Kannada] canarés
    [Malayalam] malayalam
    [Lao] lao
   *[other] { $script }
}
# Una vez para la ventana. $scripts: "japonés, etíope"; $example: "[texto japonés]"; $placeholder: la
# marca en el artículo; $fonts: "Noto Sans CJK JP, Noto Sans Ethiopic".
glyphs-notice = [!] Parte del texto de esta lección está en { $scripts }, y ninguna fuente de este equipo puede mostrarlo: las listas lo muestran como { $example } y el artículo como { $placeholder }. Para leerlo, instala { $fonts } y vuelve a abrir Crosscheck.
# Lo mismo para caracteres que no son de ninguna escritura (símbolos); $codes los enumera.
glyphs-notice-symbols = [!] Algunos caracteres de esta lección no los puede mostrar ninguna fuente de este equipo ({ $codes }); se muestran como sus códigos. Instala una fuente que los tenga y vuelve a abrir Crosscheck.

## Ayuda ▸ Acerca de
about-title = Acerca de Crosscheck
about-close = Cerrar
about-name = Crosscheck
about-version = Versión { $version }, compilada el { $date }
about-summary = Leer las noticias con sentido crítico: resaltar afirmaciones, sopesar las pruebas, dar veredictos. Funciona sin conexión y guarda tu trabajo en los archivos que elijas.
about-data-heading = Tus datos en este ordenador
about-data-portable = Modo portátil: las preferencias, los archivos recientes y las copias de recuperación del trabajo sin guardar se guardan en una carpeta junto al programa, nunca en tu perfil.
about-data-profile = Las preferencias, los archivos recientes y las copias de recuperación del trabajo sin guardar se guardan en tu perfil. Para guardarlos junto al programa (en una memoria USB), pon a su lado un archivo llamado { $marker }.
about-data-temporary = No se encontró una carpeta personal: las preferencias y las copias de recuperación se guardan en una carpeta temporal, que puede vaciarse.
about-preferences = Preferencias y archivos recientes: { $path }
about-recovery = Copias de recuperación del trabajo sin guardar: { $path }
about-report-heading = Informar de un problema
about-report = Anota qué hiciste, qué esperabas y qué pasó en cambio, y dáselo, con los datos de abajo, a quien se ocupe de Crosscheck en tu centro. Envía el trabajo de un estudiante solo si está de acuerdo.
about-copied = Copiado al portapapeles
about-copy = Copiar los datos
about-licences-heading = Licencias
about-licence = Crosscheck es software libre: puedes usarlo, copiarlo, modificarlo y compartirlo con la licencia MIT o con la licencia Apache 2.0, a tu elección.
about-fonts = Las fuentes Noto que lleva tienen la licencia SIL Open Font License 1.1.
about-crates = { $count ->
    [one] Está hecho con { $count } biblioteca (un crate de Rust) con su propia licencia, en la lista de abajo.
   *[other] Está hecho con { $count } bibliotecas (crates de Rust), cada una con su propia licencia, en la lista de abajo.
}
about-licence-mit = La licencia MIT
about-licence-apache = La licencia Apache 2.0
about-licence-fonts = La licencia SIL Open Font License 1.1 (las fuentes)
about-licence-crates = Las bibliotecas y sus licencias
