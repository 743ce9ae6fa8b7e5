# La lista de órdenes (src/app/commands.rs): menús, la lista de atajos y las pistas de la barra de estado.

menu-file = Archivo
menu-teacher = Docente
menu-edit = Editar
menu-view = Ver
menu-help = Ayuda

command-open = Abrir…
command-save = Guardar
command-save-as = Guardar como…
command-hand-in = Entregar…
command-undo = Deshacer
command-redo = Rehacer
command-find = Buscar en la lección
command-make-claim = Crear afirmación
command-zoom-in = Acercar
command-zoom-out = Alejar
command-zoom-reset = Tamaño real
command-article-larger = Texto del artículo más grande
command-article-smaller = Texto del artículo más pequeño
command-toggle-lesson-panel = Mostrar u ocultar el panel de la lección
command-toggle-inspector = Mostrar u ocultar el inspector
command-numbers = Panel de cifras
command-work-trail = Mi rastro de trabajo
command-back-to-student = Volver al escritorio del estudiante
command-toggle-theme = Tema claro u oscuro
command-new-lesson = Nueva lección
command-open-lesson-for-editing = Abrir lección para editar…
command-edit-sample = Editar la lección de ejemplo
command-save-lesson = Guardar lección
command-save-lesson-in-folder = Guardar lección en una carpeta…
command-export-folder = Exportar edición del alumnado como carpeta…
command-export-packed = Exportar edición del alumnado como un archivo…
command-import-document = Importar documento…
command-review-class = Revisar la carpeta de una clase…
command-restore-autosave = Recuperar cambios guardados automáticamente
command-clear-recovery-copies = Borrar las copias de trabajo sin guardar de los estudiantes en este ordenador
command-shortcuts = Atajos de teclado
command-about = Acerca de Crosscheck

# "Crear afirmación (Ctrl+Enter)"
label-with-shortcut = { $label } ({ $keys })

menu-open-recent = Abrir reciente
menu-recent-empty = Nada todavía
menu-whole-words = Ajustar la selección a palabras completas
menu-language = Idioma
# La primera entrada de Ver ▸ Idioma: seguir el idioma del equipo ("Sistema (español)").
language-system = Sistema ({ $language })

shortcuts-title = Atajos de teclado
shortcuts-label-keys = Alt+1–9, Alt+A–Z
shortcuts-label-keys-what = Activar o quitar una etiqueta en la afirmación seleccionada (se muestra junto a cada etiqueta)
shortcuts-f6 = F6, Mayús+F6
shortcuts-f6-what = Llevar el teclado entre el panel de la lección, el artículo y el inspector (el primer Tab va al artículo)
shortcuts-article-words = Ctrl+Izquierda, Ctrl+Derecha (con Mayús para seleccionar)
shortcuts-article-words-what = En el artículo: moverse (o seleccionar) palabra a palabra
shortcuts-article-lines = Arriba, Abajo; Ctrl+Arriba, Ctrl+Abajo
shortcuts-article-lines-what = En el artículo: una línea arriba o abajo (con Mayús, seleccionarla), o un párrafo
shortcuts-article-claims = Ctrl+Mayús+H
shortcuts-article-claims-what = En el artículo: un lector de pantalla dice las afirmaciones del párrafo del cursor (y, al entrar el cursor en una afirmación, esa afirmación)
shortcuts-article-ends = Inicio, Fin, Ctrl+Inicio, Ctrl+Fin
shortcuts-article-ends-what = En el artículo: al principio o al final del párrafo, o del documento
shortcuts-article-pages = Re Pág, Av Pág
shortcuts-article-pages-what = En el artículo: una pantalla arriba o abajo

# Recuentos usados en toda la aplicación.
claims-count = { $count ->
    [one] { $count } afirmación
   *[other] { $count } afirmaciones
}

# Fechas, como las escribe el idioma: "23 de noviembre de 2026, 14:05" (reloj de 24 horas).
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-time = { $day } de { $month } de { $year }, { $hour }:{ $minute }

# La postura de una evidencia ante una afirmación (con su símbolo, nunca solo con color).
stance-corroborates = corrobora
stance-contradicts = contradice
stance-adds-context = aporta contexto
command-new-document-from-clipboard = Nuevo documento desde el portapapeles
shortcuts-close = Cerrar
