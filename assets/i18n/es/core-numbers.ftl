# core-numbers: las cifras de una lección lado a lado, y las comprobaciones de las fuentes de las pruebas.

## Valores de un grupo que no encajan. $first y $second son los valores tal como están escritos
## ("more than 60"), $first_source y $second_source los medios, $thing lo que se cuenta.
numbers-disagree-same-period = { $first } ({ $first_source }) y { $second } ({ $second_source }) cuentan { $thing } en el mismo periodo, y las cifras no coinciden
numbers-disagree-overlapping = { $first } ({ $first_source }) y { $second } ({ $second_source }) cuentan { $thing } en periodos que se solapan, y las cifras no coinciden: mira qué fechas cubre cada una
# $shorter es el valor contado en el periodo más corto.
numbers-disagree-shorter-more = { $first } ({ $first_source }) y { $second } ({ $second_source }) cuentan { $thing }: { $shorter } es más, aunque cubre un periodo más corto dentro del otro
# $first_thing y $second_thing dicen qué cuenta cada una ("American soldiers (killed, wounded)").
numbers-different-things = { $first } ({ $first_source }) cuenta { $first_thing }, { $second } ({ $second_source }) cuenta { $second_thing }, en periodos que se solapan: no es la misma cuenta
numbers-disagree-same-day = { $first } ({ $first_source }) y { $second } ({ $second_source }) cuentan { $thing } a fecha del mismo día, y las cifras no concuerdan (probable: ambas están fechadas solo por su artículo; compruebe la hora de cada una)
numbers-disagree-earlier-higher = { $earlier } ({ $earlier_source }) es más { $thing } que la cifra posterior { $later } ({ $later_source }), aunque un balance solo crece (probable: salvo que se haya corregido a la baja)
numbers-disagree-one-event = { $first } ({ $first_source }) y { $second } ({ $second_source }) cuentan { $thing } de un mismo hecho, publicadas con días de diferencia, y las cifras no concuerdan (probable: dos fuentes o dos formas de contar)
numbers-disagree-settled = { $first } ({ $first_source }) y { $second } ({ $second_source }) cuentan { $thing } con días de diferencia, mucho después de las primeras noticias, cuando la cifra ya estaba asentada, y no concuerdan (probable: salvo que una se haya corregido)
## Cifras distintas que no tienen por qué contradecirse, dicho con palabras.
numbers-note-rose = { $thing }: la cifra subió de { $earlier } ({ $earlier_source }) a { $later } ({ $later_source }) entre los dos artículos: no es una contradicción
numbers-note-same-day-rising = { $first } ({ $first_source }) y { $second } ({ $second_source }) cuentan { $thing } el mismo día, cuando el balance aún subía: quizá una cifra anterior y otra posterior de ese día, no una contradicción clara
# $placed es la cifra que nombra un lugar, $place ese lugar.
numbers-note-part-total = { $placed } cuenta { $thing } solo en { $place }; la otra no nombra lugar: quizá una parte y el total, no una contradicción
numbers-note-part-of = { $placed } cuenta { $thing } en { $place }, una parte de { $whole }, donde cuenta la otra: una parte y el total, no una contradicción
numbers-note-two-places = { $first } ({ $first_source }) cuenta { $thing } en { $first_place }, { $second } ({ $second_source }) en { $second_place }: dos lugares, no una contradicción

## Problemas con las partes y los sinónimos de una lección.
lesson-party-no-name = una parte en el conflicto no tiene nombre (su papel: «{ $role }»)
lesson-party-twice = la parte «{ $name }» aparece dos veces
lesson-synonym-empty = la lista de sinónimos { $list } tiene una palabra vacía
lesson-synonym-two-lists = la palabra «{ $word }» está en dos listas de sinónimos

## Avisos sobre las pruebas: por qué quizá no muestran lo que el estudiante cree.
sourcing-kind-circular = Circular
sourcing-kind-date-order = Orden de fechas
sourcing-kind-party = Parte en el conflicto
sourcing-kind-anonymous = Anónima
sourcing-circular-document = la prueba es un pasaje del mismo artículo que la afirmación, así que no puede corroborarla
# $outlet es el medio del que vienen ambas.
sourcing-circular-outlet = la prueba viene de { $outlet }, el medio que publicó la afirmación, así que no puede corroborarla
# $share es el porcentaje de las palabras de la afirmación que el pasaje repite.
sourcing-circular-words = la prueba repite las palabras de la propia afirmación (el { $share } % de ellas, literalmente), así que no puede corroborarla
# $evidence_date y $claim_date son fechas tal como las escribieron la lección o el estudiante.
sourcing-date-before = la prueba tiene fecha { $evidence_date }, anterior al artículo de la afirmación ({ $claim_date }): una fuente anterior no puede confirmar una cifra posterior ni un total "hasta ahora"
sourcing-no-date = la prueba no tiene fecha, así que nadie puede saber si es anterior o posterior a la afirmación
sourcing-date-unreadable = la fecha de la prueba, "{ $date }", no se puede leer como fecha, así que nadie puede saber si es anterior o posterior a la afirmación
# $outlet es el medio de la prueba, $party la parte que nombra la lección, $role su papel.
sourcing-party = { $outlet } está marcado en esta lección como parte en el conflicto ({ $party }: { $role }): habla por un bando
# $label es el nombre de la etiqueta que tiene el pasaje.
sourcing-anonymous = el pasaje tiene la etiqueta "{ $label }": los lectores no pueden comprobar quién lo dijo
