# core-interop

## Importar anotaciones (src/core/interop): W3C Web Annotation y JSON de Hypothesis.

import-json = { $file }:{ $line }:{ $column }: no es JSON válido: { $reason }
import-unknown-format = { $file }: no son anotaciones que Crosscheck sepa leer: se esperaba JSON de W3C Web Annotation (una anotación, una lista de ellas, una página o una colección) o JSON de Hypothesis (sus resultados de búsqueda con «rows», una lista de filas o una sola fila)
import-shape = { $file }: { $problem }
import-annotation = { $file }: anotación { $annotation }: { $problem }

import-w3c-not-annotations = se esperaba una anotación W3C, una lista de ellas, una AnnotationPage o una AnnotationCollection
import-items-not-list = el «items» de la página no es una lista
import-page-not-embedded = las páginas de la colección no están en el archivo (solo la dirección { $address }); exporte la colección con sus páginas incluidas
import-rows-not-list = «rows» no es una lista de anotaciones
import-not-object = no es un objeto JSON
import-not-an-object = su «{ $field }» no es un objeto JSON
import-not-text = su «{ $field }» no es texto
import-bad-trail = su rastro de trabajo no se puede leer ({ $error })
import-not-number = su «{ $field }» no es un número entero
import-bad-time = su «{ $field }» no es una fecha y hora con zona horaria («{ $value }»)
import-no-target = no tiene destino (ningún documento al que se refiera)
import-no-exact = su TextQuoteSelector no tiene texto «exact»
import-position-not-number = el «{ $field }» de su TextPositionSelector no es un número entero
import-position-backwards = su TextPositionSelector termina ({ $end }) antes de empezar ({ $start })
import-unknown-motivation = «{ $motivation }» no es una motivación de W3C (son: { $known })
import-unknown-value = su «{ $field }» es «{ $value }», que Crosscheck no conoce

import-placed-exact = { $annotation }: en { $document } en { $at }, donde decía
import-placed-moved = { $annotation }: en { $document }, movida { $from } -> { $to }
import-placed-fuzzy = { $annotation }: en { $document }, APROXIMADA { $from } -> { $to } (puntuación { $score }: revísela)
## Por qué una anotación no se colocó. $chars es la longitud de la cita, $min lo mínimo que pide
## una regla, $score la puntuación de una colocación (0.00 a 1.00).
import-orphaned-no-quote = { $annotation }: HUÉRFANA: no cita nada (una nota sobre toda la página, o una respuesta); se conserva
import-orphaned-too-short = { $annotation }: HUÉRFANA: su cita no se encontró tal cual en { $document }, y con { $chars ->
    [one] { $chars } carácter
   *[other] { $chars } caracteres
} es demasiado corta para colocarla por parecido (hacen falta { $min }); se conserva, necesita un lugar
import-orphaned-inside-words = { $annotation }: HUÉRFANA: su cita está en { $document } solo dentro de palabras más largas ({ $count ->
    [one] una vez
   *[other] { $count } veces
}), y con { $chars ->
    [one] { $chars } carácter
   *[other] { $chars } caracteres
} es demasiado corta para colocarla ahí sin que su contexto lo diga; se conserva, necesita un lugar
import-orphaned-too-weak = { $annotation }: HUÉRFANA: su cita no se encontró tal cual en { $document }, y el parecido más cercano es demasiado débil para creerlo (puntuación { $score }; hace falta { $min }); se conserva, necesita un lugar
import-orphaned-not-found = { $annotation }: HUÉRFANA: su cita no se encontró en { $document }, ni siquiera aproximadamente; se conserva, necesita un lugar
import-orphaned-as-exported = { $annotation }: HUÉRFANA: el archivo la guarda sin lugar en { $document } (su cita no se encontró allí); se conserva
import-orphaned-elsewhere = { $annotation }: HUÉRFANA: { $address }, y { $why }; se conserva
import-address-unknown = { $source } no es un documento de esta lección
import-address-none = no tiene dirección (el archivo no dice en qué página se hizo)
import-elsewhere-no-quote = no cita nada por lo que encontrarla
import-elsewhere-not-found = su cita no está tal cual en ninguno de los documentos de la lección
import-elsewhere-nearest = su cita no está tal cual en ninguno de los documentos de la lección (el parecido más cercano, en { $document }, puntúa { $score }; un parecido no basta para colocarla en un documento que su dirección no nombra)
import-elsewhere-several = su cita está en { $count } de los documentos de la lección ({ $documents }), así que no se puede saber en cuál se hizo
import-elsewhere-too-short = su cita está en { $document }, pero con { $chars ->
    [one] { $chars } carácter
   *[other] { $chars } caracteres
} (menos de { $min }) es demasiado corta para colocarla en un documento que su dirección no nombra, salvo que su contexto también coincida
import-elsewhere-as-exported = el archivo la guarda sin lugar
import-found-by-quote = { $annotation }: { $source } no es la dirección de ningún documento de la lección; su cita se encontró, tal cual, en { $document } (y en ningún otro documento)
import-found-by-quote-no-address = { $annotation }: no tiene dirección; su cita se encontró, tal cual, en { $document } (y en ningún otro documento)
import-position-outside = { $annotation }: su posición { $start }..{ $end } está fuera de { $document }, que tiene { $length ->
    [one] { $length } carácter
   *[other] { $length } caracteres
}; se colocó por su cita
import-unknown-tag = { $annotation }: la etiqueta «{ $tag }» no es una etiqueta de la lección; se conserva tal cual
import-evidence-orphaned = { $annotation }, evidencia { $evidence }: su pasaje no se encontró en { $document }; se conserva donde estaba
import-several-people = las anotaciones las hicieron varias personas ({ $names }); la sesión las nombra a todas
import-summary = { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}: { $exact } donde decían, { $moved } movidas, { $fuzzy } aproximadas, { $orphaned } huérfanas
