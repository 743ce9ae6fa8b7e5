# core-interop

## Importar anotaciones (src/core/interop): W3C Web Annotation y JSON de Hypothesis.

import-json = { $file }:{ $line }:{ $column }: no es JSON válido: { $reason }
import-unknown-format = { $file }: no son anotaciones que Crosscheck sepa leer: se esperaba JSON de W3C Web Annotation (una anotación, una lista de ellas, una página o una colección) o JSON de Hypothesis (sus resultados de búsqueda con «rows», o una lista de filas)
import-shape = { $file }: { $problem }
import-annotation = { $file }: anotación { $annotation }: { $problem }

import-w3c-not-annotations = se esperaba una anotación W3C, una lista de ellas, una AnnotationPage o una AnnotationCollection
import-items-not-list = el «items» de la página no es una lista
import-page-not-embedded = las páginas de la colección no están en el archivo (solo la dirección { $address }); exporte la colección con sus páginas incluidas
import-rows-not-list = «rows» no es una lista de anotaciones
import-not-object = no es un objeto JSON
import-not-an-object = su «{ $field }» no es un objeto JSON
import-not-text = su «{ $field }» no es texto
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
import-orphaned-quote = { $annotation }: HUÉRFANA: su cita no se encontró en { $document } (mejor puntuación { $score }); se conserva, necesita un lugar
import-orphaned-no-quote = { $annotation }: HUÉRFANA: no cita nada (una nota sobre toda la página, o una respuesta); se conserva
import-orphaned-other-document = { $annotation }: HUÉRFANA: { $source } no es un documento de esta lección y su cita no está en ninguno de ellos; se conserva
import-found-by-quote = { $annotation }: { $source } no es la dirección de ningún documento de la lección; su cita se encontró en { $document }
import-no-address = (sin dirección)
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
