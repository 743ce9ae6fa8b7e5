# core-files

## Loading and saving files (src/core/store)

file-problem = { $path }: { $message }
file-parse = { $path }:{ $line }:{ $column }: { $message }
file-newer-format = { $path }: este archivo tiene el formato { $found }, pero esta versión de Crosscheck lee como mucho el formato { $supported }; actualiza Crosscheck para abrirlo (el archivo no se modificó)
file-format-unknown = dice tener el formato { $found }, que ninguna versión de Crosscheck escribió nunca (el primer formato es el 1)
# The operating system's (or a library's) own words, as they are.
file-os-error = { $error }
# The RON parser's own description of the error (English), as it is.
file-ron-error = { $message }
file-missing-field = se esperaba el campo `{ $field }`, pero falta
file-missing-field-in = se esperaba el campo `{ $field }` en { $outer }, pero falta
file-not-utf8 = no es UTF-8 válido en el byte { $offset }
file-cannot-serialise = no se puede serializar: { $error }
file-not-saved-too-big = no se guardó: { $reason }; acórtalo y vuelve a guardar
file-same-file-twice = dos de los archivos que se iban a escribir son este mismo archivo

## Reading files from strangers (src/core/store/guard.rs)

guard-not-regular = no es un archivo normal ({ $kind }); solo se leen archivos normales
guard-kind-fifo = una FIFO
guard-kind-device = un dispositivo
guard-kind-socket = un socket
guard-kind-folder = una carpeta
guard-kind-other = un tipo de archivo especial
guard-too-large = el archivo tiene { $size } bytes; de este tipo de archivo se leen como mucho { $limit } bytes
guard-folder-unreadable = { $folder }: { $error }
guard-link-nowhere = { $error } (¿un enlace que no apunta a ningún sitio?)
# $path is quoted already ("documents/a.txt").
guard-leads-outside = { $path } sale de la carpeta de la lección (hacia { $target }) a través de un enlace; rechazado
guard-leaves-folder = { $path } sale de la carpeta de la lección

## Size limits on what a file holds (src/core/store/limits.rs)

limit-too-big = el campo `{ $field }` contiene { $size }; se permiten como mucho { $limit }
limit-top-level = (nivel superior)
limit-bytes = { $count } bytes
limit-items = { $count } elementos
limit-unmeasurable = un valor que no se puede medir
limit-measurable = valores que sí se pueden medir

## Document text (src/core/text.rs)

text-invalid-utf8 = { $path }: no es UTF-8 válido en el byte { $offset } (línea { $line }); guarda el archivo como UTF-8 o como UTF-16 con marca de orden de bytes
text-invalid-utf16 = { $path }: no es UTF-16 válido en el byte { $offset }: { $reason }
text-utf16-odd-length = número impar de bytes (un archivo UTF-16 se compone de unidades de 2 bytes)
text-utf16-unpaired-surrogate = sustituto (surrogate) sin pareja
text-too-large = { $path }: el documento ocupa { $size } MB; se rechazan los documentos de más de { $limit } MB
text-not-text = { $path }: no es un archivo de texto: hay un byte NUL en la posición { $offset } (¿UTF-16 sin marca de orden de bytes? guárdalo como UTF-8)
text-cannot-read = { $path }: no se puede leer el archivo: { $reason }

## A student's session (src/core/session.rs)

session-claim-span = afirmación { $claim }: { $problem }
session-evidence-span = afirmación { $claim }, evidencia { $evidence }: { $problem }

## A class folder (src/core/class.rs)

class-cannot-read-folder = no se puede leer la carpeta: { $error }
class-cannot-create-folder = no se puede crear la carpeta: { $error }
class-no-threads = no se pudieron iniciar los hilos que leen las sesiones
class-no-sessions = { $folder }: no hay archivos *.session.ron en esta carpeta
class-review-unreadable = { $reason } (el archivo de revisión; corrígelo o muévelo para empezar una revisión nueva)
# The CSV writer's own words, as they are.
class-gradebook-failed = { $error }
