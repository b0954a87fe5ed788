<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_AR" sourcelanguage="en">
<context>
    <name>AnalysesPage</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Área:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Select an analysis to read it.</source>
        <translation>Elegí un análisis para leerlo.</translation>
    </message>
    <message>
        <source>No CV analyses synced yet: sync them from the proof-of-talent database to read them here.</source>
        <translation>Todavía no hay análisis de CV sincronizados: sincronizalos desde la base proof-of-talent para leerlos acá.</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} de {total}</translation>
    </message>
    <message>
        <source>No analyses</source>
        <translation>Sin análisis</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Experiences the user explored and kept (not deleted), and the top skills in them, in sessions last active in the period. The Sync page counts every stored row instead: all three views (pipeline output, explored, deleted) and every skill (top and remaining).</source>
        <translation>Experiencias que la persona exploró y conservó (no borradas), y sus habilidades principales, en sesiones con actividad en el período. La página Sincronizar, en cambio, cuenta cada fila guardada: las tres vistas (salida del proceso, exploradas, borradas) y todas las habilidades (principales y restantes).</translation>
    </message>
    <message>
        <source>CV analyses</source>
        <translation>Análisis de CV</translation>
    </message>
    <message>
        <source>CV analyses created in the period, any status</source>
        <translation>Análisis de CV creados en el período, en cualquier estado</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completados</translation>
    </message>
    <message>
        <source>Analyses that completed</source>
        <translation>Análisis que se completaron</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>Analyses that ended in an error</source>
        <translation>Análisis que terminaron con error</translation>
    </message>
    <message>
        <source>success rate</source>
        <translation>tasa de éxito</translation>
    </message>
    <message>
        <source>Completed as a share of all analyses in the period</source>
        <translation>Completados sobre el total de análisis del período</translation>
    </message>
    <message>
        <source>Compass sessions</source>
        <translation>sesiones de Compass</translation>
    </message>
    <message>
        <source>Compass sessions whose last message is in the period</source>
        <translation>Sesiones de Compass cuyo último mensaje cae en el período</translation>
    </message>
    <message>
        <source>Compass users</source>
        <translation>usuarios de Compass</translation>
    </message>
    <message>
        <source>Distinct users of those sessions</source>
        <translation>Usuarios distintos de esas sesiones</translation>
    </message>
    <message>
        <source>experiences kept</source>
        <translation>experiencias conservadas</translation>
    </message>
    <message>
        <source>top skills in them</source>
        <translation>habilidades principales en ellas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Digital technology</source>
        <translation>Tecnología digital</translation>
    </message>
    <message>
        <source>Arts and culture</source>
        <translation>Arte y cultura</translation>
    </message>
    <message>
        <source>Science and research</source>
        <translation>Ciencia e investigación</translation>
    </message>
    <message>
        <source>Field not stated</source>
        <translation>Campo no indicado</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Source: CV analyses (proof of talent), synced</source>
        <translation>Fuente: análisis de CV (proof of talent), sincronizados</translation>
    </message>
    <message>
        <source>Source: Compass sessions, synced</source>
        <translation>Fuente: sesiones de Compass, sincronizadas</translation>
    </message>
    <message>
        <source>{source} (never synced)</source>
        <translation>{source} (nunca sincronizado)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Loading figures…</source>
        <translation>Cargando cifras…</translation>
    </message>
    <message>
        <source>Analyses per field and status</source>
        <translation>Análisis por área y estado</translation>
    </message>
    <message>
        <source>analyses</source>
        <translation>análisis</translation>
    </message>
    <message>
        <source>Recommendations of completed analyses</source>
        <translation>Recomendaciones de los análisis completados</translation>
    </message>
    <message>
        <source>Analyses created over time</source>
        <translation>Análisis creados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Overall score of completed analyses</source>
        <translation>Puntaje general de los análisis completados</translation>
    </message>
    <message>
        <source>overall score (0–100)</source>
        <translation>puntaje general (0–100)</translation>
    </message>
    <message>
        <source>Likelihood of completed analyses</source>
        <translation>Probabilidad de los análisis completados</translation>
    </message>
    <message>
        <source>likelihood (%)</source>
        <translation>probabilidad (%)</translation>
    </message>
    <message>
        <source>Most extracted Compass skills</source>
        <translation>Habilidades de Compass más extraídas</translation>
    </message>
    <message>
        <source>kept experiences with it among their top skills</source>
        <translation>experiencias conservadas que la tienen entre sus habilidades principales</translation>
    </message>
    <message>
        <source>Top skills per kept experience</source>
        <translation>Habilidades principales por experiencia conservada</translation>
    </message>
    <message>
        <source>top skills in the experience</source>
        <translation>habilidades principales de la experiencia</translation>
    </message>
    <message>
        <source>experiences</source>
        <translation>experiencias</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>With a score</source>
        <translation>Con puntaje</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Puntaje medio</translation>
    </message>
    <message>
        <source>Mean likelihood (%)</source>
        <translation>Probabilidad media (%)</translation>
    </message>
    <message>
        <source>Completed analyses by field</source>
        <translation>Análisis completados por área</translation>
    </message>
    <message>
        <source>Nothing synced yet: Analytics counts the CV analyses and Compass sessions synced to this computer.</source>
        <translation>Todavía no hay nada sincronizado: Estadísticas cuenta los análisis de CV y las sesiones de Compass sincronizados en esta computadora.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Cannot compute: {error}</source>
        <translation>No se puede calcular: {error}</translation>
    </message>
    <message>
        <source>{period}: {analyses} of {cached_analyses} CV analyses, {sessions} of {cached_sessions} Compass sessions in the local cache.</source>
        <translation>{period}: {analyses} de {cached_analyses} análisis de CV, {sessions} de {cached_sessions} sesiones de Compass en la caché local.</translation>
    </message>
    <message>
        <source>n = {n} analyses</source>
        <translation>n = {n} análisis</translation>
    </message>
    <message>
        <source>other status</source>
        <translation>otro estado</translation>
    </message>
    <message>
        <source>n = {n} completed analyses (unrated: no recommendation could be derived)</source>
        <translation>n = {n} análisis completados (sin calificar: no se pudo derivar una recomendación)</translation>
    </message>
    <message>
        <source>{n} analyses per day by creation date; trend: {window}-day rolling mean</source>
        <translation>{n} análisis por día según la fecha de creación; tendencia: media móvil de {window} días</translation>
    </message>
    <message>
        <source>{n} analyses per week by creation date; trend: {window}-week rolling mean</source>
        <translation>{n} análisis por semana según la fecha de creación; tendencia: media móvil de {window} semanas</translation>
    </message>
    <message>
        <source>n = {n} of {completed} completed analyses with a score</source>
        <translation>n = {n} de {completed} análisis completados con puntaje</translation>
    </message>
    <message>
        <source>n = {n} of {completed} completed analyses with a likelihood</source>
        <translation>n = {n} de {completed} análisis completados con probabilidad</translation>
    </message>
    <message>
        <source>means over the analyses with a value: n = {n} of {completed} with a score</source>
        <translation>medias sobre los análisis con valor: n = {n} de {completed} con puntaje</translation>
    </message>
    <message>
        <source>{skills} top skills in {experiences} kept experiences; grouped by ESCO UUID, or by label where the UUID is missing (marked “no UUID”)</source>
        <translation>{skills} habilidades principales en {experiences} experiencias conservadas; agrupadas por UUID de ESCO, o por etiqueta cuando falta el UUID (marcadas “sin UUID”)</translation>
    </message>
    <message>
        <source>; {n} with neither left out</source>
        <translation>; se omiten {n} sin ninguno de los dos</translation>
    </message>
    <message>
        <source> (no UUID)</source>
        <translation> (sin UUID)</translation>
    </message>
    <message>
        <source>n = {n} kept experiences</source>
        <translation>n = {n} experiencias conservadas</translation>
    </message>
</context>
<context>
    <name>BackgroundEditor</name>
    <message>
        <source>assumed from the current occupation</source>
        <translation>supuesto según la ocupación actual</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation>&amp;Educación más alta:</translation>
    </message>
    <message>
        <source>Related e&amp;xperience:</source>
        <translation>E&amp;xperiencia relacionada:</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image, with its title, period and data source</source>
        <translation>Guardar este gráfico como imagen PNG o SVG, con su título, período y fuente de datos</translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation>No hay datos en este período</translation>
    </message>
    <message>
        <source>Save “{title}”</source>
        <translation>Guardar “{title}”</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Analyses per day</source>
        <translation>Análisis por día</translation>
    </message>
    <message>
        <source>Analyses per week</source>
        <translation>Análisis por semana</translation>
    </message>
    <message>
        <source>{window}-day rolling mean (this day and the {before} before)</source>
        <translation>media móvil de {window} días (este día y los {before} anteriores)</translation>
    </message>
    <message>
        <source>{window}-week rolling mean (this week and the {before} before)</source>
        <translation>media móvil de {window} semanas (esta semana y las {before} anteriores)</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Nivel requerido</translation>
    </message>
    <message>
        <source>Client level (red: key gap)</source>
        <translation>Nivel del consultante (rojo: brecha clave)</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Set the client&apos;s current occupation to chart their levels against it.</source>
        <translation>Indicá la ocupación actual del consultante para graficar sus niveles frente a ella.</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>no requerida</translation>
    </message>
    <message>
        <source>&amp;Prefill from current occupation</source>
        <translation>&amp;Precargar de la ocupación</translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last change of this client&apos;s ratings or current occupation</source>
        <translation>Deshacer el último cambio en las calificaciones o la ocupación actual de este consultante</translation>
    </message>
    <message>
        <source>Recommen&amp;dations…</source>
        <translation>Recomen&amp;daciones…</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Consultante:</translation>
    </message>
    <message>
        <source>Keys: &lt;b&gt;0&lt;/b&gt;–&lt;b&gt;4&lt;/b&gt; rate the selected skill (none, basic, working, advanced, expert) · &lt;b&gt;Delete&lt;/b&gt; clears it · &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes · &lt;b&gt;↑ ↓&lt;/b&gt; move</source>
        <translation>Teclas: &lt;b&gt;0&lt;/b&gt;–&lt;b&gt;4&lt;/b&gt; califican la habilidad elegida (nulo, básico, operativo, avanzado, experto) · &lt;b&gt;Supr&lt;/b&gt; la borra · &lt;b&gt;Ctrl+Z&lt;/b&gt; deshace · &lt;b&gt;↑ ↓&lt;/b&gt; se mueven</translation>
    </message>
    <message>
        <source>⚠ These ratings are mostly one value. Flat profiles match poorly: rate the client&apos;s stronger and weaker skills apart.</source>
        <translation>⚠ Estas calificaciones tienen casi todas el mismo valor. Los perfiles planos coinciden mal: diferenciá las habilidades más fuertes y más débiles del consultante.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Rating (0–4)</source>
        <translation>Calif. (0–4)</translation>
    </message>
    <message>
        <source>Level (0–7)</source>
        <translation>Nivel (0–7)</translation>
    </message>
    <message>
        <source>Current job needs</source>
        <translation>Trabajo actual</translation>
    </message>
    <message>
        <source>S&amp;kill</source>
        <translation>&amp;Habilidad</translation>
    </message>
    <message>
        <source>Co&amp;mpass</source>
        <translation>Co&amp;mpass</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>No client yet: add one on the Clients page.</source>
        <translation>Todavía no hay consultantes: agregá uno en la página Consultantes.</translation>
    </message>
    <message>
        <source>Current occupation: {title} ({code})</source>
        <translation>Ocupación actual: {title} ({code})</translation>
    </message>
    <message>
        <source>No current occupation</source>
        <translation>Sin ocupación actual</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>{rating} {words}  (level {level})</source>
        <translation>{rating} {words}  (nivel {level})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level {value}&lt;/b&gt;: {text}</source>
        <translation>&lt;b&gt;Nivel {value}&lt;/b&gt;: {text}</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Todavía sin calificar.</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>no hay publicadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level Scale Anchors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anclas de la escala de nivel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Prefill ratings</source>
        <translation>Precargar calificaciones</translation>
    </message>
    <message>
        <source>Prefilling from the current occupation changes {changed} of {client}&apos;s ratings and fills {filled} unrated skills. Continue? (Ctrl+Z undoes the whole prefill.)</source>
        <translation>Precargar desde la ocupación actual cambia {changed} calificaciones de {client} y completa {filled} habilidades sin calificar. ¿Seguimos? (Ctrl+Z deshace toda la precarga.)</translation>
    </message>
    <message>
        <source>Prefilling from the current occupation changes {changed} of {client}&apos;s ratings. Continue? (Ctrl+Z undoes the whole prefill.)</source>
        <translation>Precargar desde la ocupación actual cambia {changed} calificaciones de {client}. ¿Seguimos? (Ctrl+Z deshace toda la precarga.)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada para deshacer.</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>No se guardó la calificación</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search labels, notes, occupation codes…</source>
        <translation>Buscar etiquetas, notas, códigos de ocupación…</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Consultante</translation>
    </message>
    <message>
        <source>Current occupation</source>
        <translation>Ocupación actual</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>A pseudonym, e.g. K-017 (no e-mail, no name)</source>
        <translation>Un seudónimo, p. ej. K-017 (sin e-mail ni nombre)</translation>
    </message>
    <message>
        <source>Type a title or an O*NET-SOC code</source>
        <translation>Escribí un título o un código O*NET-SOC</translation>
    </message>
    <message>
        <source>optional: synced Compass user id</source>
        <translation>opcional: id de usuario de Compass sincronizado</translation>
    </message>
    <message>
        <source>optional: Compass session id</source>
        <translation>opcional: id de sesión de Compass</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Current &amp;occupation:</source>
        <translation>&amp;Ocupación actual:</translation>
    </message>
    <message>
        <source>Compass &amp;user:</source>
        <translation>&amp;Usuario de Compass:</translation>
    </message>
    <message>
        <source>Compass &amp;session:</source>
        <translation>&amp;Sesión de Compass:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Ne&amp;w client</source>
        <translation>&amp;Nuevo consultante</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <source>Rate s&amp;kills…</source>
        <translation>Cali&amp;ficar…</translation>
    </message>
    <message>
        <source>Recommen&amp;dations…</source>
        <translation>Recomen&amp;daciones…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo consultante</translation>
    </message>
    <message>
        <source>Created {created}, last change {changed}</source>
        <translation>Creado el {created}, último cambio {changed}</translation>
    </message>
    <message>
        <source>Fill in the form and press Save.</source>
        <translation>Completá el formulario y presioná Guardar.</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>R&amp;establecer</translation>
    </message>
    <message>
        <source>Client not saved</source>
        <translation>No se guardó el consultante</translation>
    </message>
    <message>
        <source>Saved {client}.</source>
        <translation>Se guardó {client}.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archivar consultante</translation>
    </message>
    <message>
        <source>Archive {client}? Their ratings and history are kept; show archived clients to restore them.</source>
        <translation>¿Archivar a {client}? Sus calificaciones e historial se conservan; mostrá los archivados para restablecerlo.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Tier</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Match %</source>
        <translation>Coincidencia %</translation>
    </message>
    <message>
        <source>Job Zone (step)</source>
        <translation>Zona laboral (salto)</translation>
    </message>
    <message>
        <source>Typical education</source>
        <translation>Educación típica</translation>
    </message>
    <message>
        <source>Training estimate</source>
        <translation>Capacitación estimada</translation>
    </message>
    <message>
        <source>{zone} (same)</source>
        <translation>{zone} (igual)</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>no requerida</translation>
    </message>
    <message>
        <source>{level}  ✓ met</source>
        <translation>{level}  ✓ cumplido</translation>
    </message>
    <message>
        <source>{level}  ≈ met (−{deficit})</source>
        <translation>{level}  ≈ cumplido (−{deficit})</translation>
    </message>
    <message>
        <source>{level}  ▼ short {deficit} · key gap</source>
        <translation>{level}  ▼ faltan {deficit} · clave</translation>
    </message>
    <message>
        <source>{level}  ▼ short {deficit}</source>
        <translation>{level}  ▼ faltan {deficit}</translation>
    </message>
    <message>
        <source>Add a target: title, alternate title or code</source>
        <translation>Agregar un objetivo: título, título alternativo o código</translation>
    </message>
    <message>
        <source>&amp;Add to shortlist</source>
        <translation>&amp;Agregar a la preselección</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Consultante:</translation>
    </message>
    <message>
        <source>The client&apos;s target occupations, in the counsellor&apos;s order</source>
        <translation>Las ocupaciones objetivo del consultante, en el orden del orientador</translation>
    </message>
    <message>
        <source>▲ &amp;Up</source>
        <translation>▲ &amp;Subir</translation>
    </message>
    <message>
        <source>▼ Do&amp;wn</source>
        <translation>▼ &amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Nota…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shortlist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preselección&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Skills that unlock most</source>
        <translation>Habilidades que más destraban</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Qué pasaría si…</translation>
    </message>
    <message>
        <source>Add a client on the Clients page first.</source>
        <translation>Primero agregá un consultante en la página Consultantes.</translation>
    </message>
    <message>
        <source>The shortlist is empty: add targets here, or with Shortlist on the Recommendations, Similar occupations and Occupations pages.</source>
        <translation>La preselección está vacía: agregá objetivos acá, o con Preseleccionar en las páginas Recomendaciones, Ocupaciones similares y Ocupaciones.</translation>
    </message>
    <message>
        <source>{client}: {targets} targets · {rated} skills rated · cells show the required level (0–7) and the client&apos;s shortfall; colour and text say the same.</source>
        <translation>{client}: {targets} objetivos · {rated} habilidades calificadas · las celdas muestran el nivel requerido (0–7) y lo que le falta al consultante; el color y el texto dicen lo mismo.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Consultante</translation>
    </message>
    <message>
        <source>Shortlist not changed</source>
        <translation>No se cambió la preselección</translation>
    </message>
    <message>
        <source>Shortlist note</source>
        <translation>Nota de la preselección</translation>
    </message>
    <message>
        <source>Note for this target:</source>
        <translation>Nota para este objetivo:</translation>
    </message>
    <message>
        <source>Among the shortlist</source>
        <translation>Dentro de la preselección</translation>
    </message>
    <message>
        <source>Among all occupations</source>
        <translation>Entre todas las ocupaciones</translation>
    </message>
    <message>
        <source>one rating step up moves these to a better tier:</source>
        <translation>subir un paso la calificación las lleva a una categoría mejor:</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>No single step moves one to a better tier.</source>
        <translation>Ningún paso individual lleva alguna a una categoría mejor.</translation>
    </message>
</context>
<context>
    <name>CompassLinkDialog</name>
    <message>
        <source>Link to Compass</source>
        <translation>Vincular con Compass</translation>
    </message>
    <message>
        <source>Search by user id or session id…</source>
        <translation>Buscar por id de usuario o de sesión…</translation>
    </message>
    <message>
        <source>Compass user</source>
        <translation>Usuario de Compass</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Experiencias</translation>
    </message>
    <message>
        <source>User&apos;s sessions</source>
        <translation>Sesiones del usuario</translation>
    </message>
    <message>
        <source>Link &amp;user (all sessions)</source>
        <translation>Vincular &amp;usuario (todas las sesiones)</translation>
    </message>
    <message>
        <source>Link this &amp;session</source>
        <translation>Vincular esta &amp;sesión</translation>
    </message>
    <message>
        <source>{count} synced session(s) shown, newest first.</source>
        <translation>{count} sesión(es) sincronizada(s), de la más nueva a la más vieja.</translation>
    </message>
    <message>
        <source>No synced Compass session matches: sync Compass on the Sync page.</source>
        <translation>Ninguna sesión de Compass sincronizada coincide: sincronizá Compass en la página Sincronizar.</translation>
    </message>
</context>
<context>
    <name>CompassPanel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>→ O*NET: {title} ({code}), {confidence} confidence</source>
        <translation>→ O*NET: {title} ({code}), confianza {confidence}</translation>
    </message>
    <message>
        <source>→ no O*NET occupation used</source>
        <translation>→ no se usó ninguna ocupación de O*NET</translation>
    </message>
    <message>
        <source>Top skills: {skills}</source>
        <translation>Habilidades principales: {skills}</translation>
    </message>
    <message>
        <source>&amp;Link Compass…</source>
        <translation>&amp;Vincular Compass…</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Compass evidence</source>
        <translation>Evidencia de Compass</translation>
    </message>
    <message>
        <source>Set as current &amp;occupation</source>
        <translation>Usar como &amp;ocupación actual</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>Accept &amp;skill</source>
        <translation>Aceptar &amp;habilidad</translation>
    </message>
    <message>
        <source>Accept &amp;all ratings</source>
        <translation>Aceptar &amp;todas las calificaciones</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <source>Hide these suggestions; nothing is written</source>
        <translation>Ocultar estas sugerencias; no se guarda nada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested ratings&lt;/b&gt; (from the experiences above)</source>
        <translation>&lt;b&gt;Calificaciones sugeridas&lt;/b&gt; (según las experiencias de arriba)</translation>
    </message>
    <message>
        <source>Suggested current occupation:</source>
        <translation>Ocupación actual sugerida:</translation>
    </message>
    <message>
        <source>Compass session {id}</source>
        <translation>Sesión de Compass {id}</translation>
    </message>
    <message>
        <source>Compass user {id}</source>
        <translation>Usuario de Compass {id}</translation>
    </message>
    <message>
        <source>Not linked to Compass</source>
        <translation>Sin vínculo con Compass</translation>
    </message>
    <message>
        <source>{title} ({code}) — from {experience}, {span}; {confidence} confidence</source>
        <translation>{title} ({code}) — según {experience}, {span}; confianza {confidence}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{skill}&lt;/b&gt;: {rating} suggested (level {level}), {confidence} confidence — {provenance}</source>
        <translation>&lt;b&gt;{skill}&lt;/b&gt;: se sugiere {rating} (nivel {level}), confianza {confidence} — {provenance}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Compass evidence: {evidence}</source>
        <translation>&lt;br&gt;Evidencia de Compass: {evidence}</translation>
    </message>
    <message>
        <source>Suggestions ignored: nothing was written. Reopen the client to see them.</source>
        <translation>Sugerencias ignoradas: no se guardó nada. Volvé a abrir el consultante para verlas.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>mongodb:// or mongodb+srv:// (Atlas) URI, TLS options included. The URI may hold a password: it is kept only in the OS keychain, and shown masked in messages and logs.</source>
        <translation>URI mongodb:// o mongodb+srv:// (Atlas), con las opciones de TLS. La URI puede llevar una contraseña: se guarda solo en el llavero del sistema y aparece enmascarada en mensajes y registros.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>e.g. {name}</source>
        <translation>p. ej. {name}</translation>
    </message>
    <message>
        <source>Taxonomy URI (optional)</source>
        <translation>URI de la taxonomía (opcional)</translation>
    </message>
    <message>
        <source>Taxonomy database (optional)</source>
        <translation>Base de la taxonomía (opcional)</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unexpected error ({error}). Details are in the log.</source>
        <translation>Error inesperado ({error}). Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open the Sync page</source>
        <translation>Abrir la página Sincronizar</translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <source>not required</source>
        <translation>no requerida</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>no relevante</translation>
    </message>
    <message>
        <source>⚠ low precision</source>
        <translation>⚠ baja precisión</translation>
    </message>
    <message>
        <source>Not relevant: not required for this occupation.</source>
        <translation>No relevante: no se requiere para esta ocupación.</translation>
    </message>
    <message>
        <source>Low precision: O*NET recommends suppressing this value.</source>
        <translation>Baja precisión: O*NET recomienda no usar este valor.</translation>
    </message>
    <message>
        <source>No occupation matches “{query}”.</source>
        <translation>Ninguna ocupación coincide con “{query}”.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Did you mean {links}?</source>
        <translation>¿Quisiste decir {links}?</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or another title for the job.</source>
        <translation>Probá con menos palabras o más cortas, o con otro título para el puesto.</translation>
    </message>
    <message>
        <source>Search occupations and alternate titles…</source>
        <translation>Buscar ocupaciones y títulos alternativos…</translation>
    </message>
    <message>
        <source>Job Zone</source>
        <translation>Zona laboral</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Hot technology</source>
        <translation>Tecnología en auge</translation>
    </message>
    <message>
        <source>In demand</source>
        <translation>Con demanda</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>O*NET relatedness tier</source>
        <translation>Grado de relación de O*NET</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimientos</translation>
    </message>
    <message>
        <source>Alternate titles</source>
        <translation>Otros títulos</translation>
    </message>
    <message>
        <source>Related occupations</source>
        <translation>Relacionadas</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Importance (1–5)</source>
        <translation>Importancia (1–5)</translation>
    </message>
    <message>
        <source>Level (0–7)</source>
        <translation>Nivel (0–7)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Job Zone {zone}</source>
        <translation>Zona laboral {zone}</translation>
    </message>
    <message>
        <source>no Job Zone</source>
        <translation>sin zona laboral</translation>
    </message>
    <message>
        <source>also called {title}</source>
        <translation>también llamada {title}</translation>
    </message>
    <message>
        <source>No occupation selected</source>
        <translation>Ninguna ocupación elegida</translation>
    </message>
    <message>
        <source>&lt;b&gt;Education:&lt;/b&gt; {education}&lt;br&gt;&lt;b&gt;Experience:&lt;/b&gt; {experience}&lt;br&gt;&lt;b&gt;Training:&lt;/b&gt; {training}</source>
        <translation>&lt;b&gt;Educación:&lt;/b&gt; {education}&lt;br&gt;&lt;b&gt;Experiencia:&lt;/b&gt; {experience}&lt;br&gt;&lt;b&gt;Capacitación:&lt;/b&gt; {training}</translation>
    </message>
    <message>
        <source>No Job Zone is published for this occupation.</source>
        <translation>No hay zona laboral publicada para esta ocupación.</translation>
    </message>
    <message>
        <source>O*NET publishes no skill ratings for this occupation.</source>
        <translation>O*NET no publica calificaciones de habilidades para esta ocupación.</translation>
    </message>
    <message>
        <source>Select a skill to see what its level means.</source>
        <translation>Elegí una habilidad para ver qué significa su nivel.</translation>
    </message>
    <message>
        <source>The imported release has no Related Occupations file</source>
        <translation>La versión importada no tiene el archivo Related Occupations</translation>
    </message>
    <message>
        <source>{skill}: not relevant — not required here.</source>
        <translation>{skill}: no relevante — no se requiere acá.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{skill}&lt;/b&gt;, level {level}: {explanation}</source>
        <translation>&lt;b&gt;{skill}&lt;/b&gt;, nivel {level}: {explanation}</translation>
    </message>
    <message>
        <source>no level anchors published for this element.</source>
        <translation>no hay anclas de nivel publicadas para este elemento.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>GapPage</name>
    <message>
        <source>No client chosen: add clients on the Clients page.</source>
        <translation>No elegiste un consultante: agregá consultantes en la página Consultantes.</translation>
    </message>
    <message>
        <source>The chart shows a client&apos;s levels: switch to Client → occupation.</source>
        <translation>El gráfico muestra los niveles de un consultante: cambiá a Consultante → ocupación.</translation>
    </message>
    <message>
        <source>⚠ low confidence (O*NET recommends suppressing)</source>
        <translation>⚠ baja confianza (O*NET recomienda no usarlo)</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>From level</source>
        <translation>Nivel de origen</translation>
    </message>
    <message>
        <source>To level</source>
        <translation>Nivel de destino</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Déficit</translation>
    </message>
    <message>
        <source>Importance (1–5)</source>
        <translation>Importancia (1–5)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Key gap: important (IM ≥ 3) and more than half a rating step short</source>
        <translation>Brecha clave: importante (IM ≥ 3) y con más de medio paso de calificación faltante</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Nivel requerido</translation>
    </message>
    <message>
        <source>Client rating (0–4)</source>
        <translation>Calificación del consultante (0–4)</translation>
    </message>
    <message>
        <source>Client level</source>
        <translation>Nivel del consultante</translation>
    </message>
    <message>
        <source>Weighted deficit</source>
        <translation>Déficit ponderado</translation>
    </message>
    <message>
        <source>&amp;Occupation → occupation</source>
        <translation>&amp;Ocupación → ocupación</translation>
    </message>
    <message>
        <source>C&amp;lient → occupation</source>
        <translation>&amp;Consultante → ocupación</translation>
    </message>
    <message>
        <source>Start from: title, alternate title or code</source>
        <translation>Partir de: título, título alternativo o código</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Invertir</translation>
    </message>
    <message>
        <source>Swap the two occupations</source>
        <translation>Intercambiar las dos ocupaciones</translation>
    </message>
    <message>
        <source>Target occupation: title, alternate title or code</source>
        <translation>Ocupación objetivo: título, título alternativo o código</translation>
    </message>
    <message>
        <source>&amp;Show gaps</source>
        <translation>&amp;Ver brechas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hacia:</translation>
    </message>
    <message>
        <source>Levels use O*NET&apos;s Level scale (0–7); a client&apos;s 0–4 rating counts as rating × 7/4. Bars show each deficit against the largest one. “Not needed” means the occupation does not require the skill (Not Relevant or level 0).</source>
        <translation>Los niveles usan la escala de nivel de O*NET (0–7); la calificación 0–4 de un consultante cuenta como calificación × 7/4. Las barras muestran cada déficit frente al mayor. “No se necesita” significa que la ocupación no requiere la habilidad (No relevante o nivel 0).</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Choose two occupations and press Enter, or switch to a client.</source>
        <translation>Elegí dos ocupaciones y presioná Enter, o cambiá a un consultante.</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Consultante:</translation>
    </message>
    <message>
        <source>  (now {code})</source>
        <translation>  (hoy {code})</translation>
    </message>
    <message>
        <source>Choose the occupation to start from.</source>
        <translation>Elegí la ocupación de partida.</translation>
    </message>
    <message>
        <source>Choose a target occupation.</source>
        <translation>Elegí una ocupación objetivo.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>The table still shows the previous comparison.</source>
        <translation>La tabla sigue mostrando la comparación anterior.</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>no requerida</translation>
    </message>
    <message>
        <source>0 · not needed</source>
        <translation>0 · no se necesita</translation>
    </message>
    <message>
        <source>1 key gap</source>
        <translation>1 brecha clave</translation>
    </message>
    <message>
        <source>{count} key gaps</source>
        <translation>{count} brechas clave</translation>
    </message>
    <message>
        <source>{client} → {to}: {gaps} (in red: important skills more than half a rating step short); {short} of the {required} required skills are below the required level (importance-weighted deficit {deficit}).</source>
        <translation>{client} → {to}: {gaps} (en rojo: habilidades importantes a las que les falta más de medio paso de calificación); {short} de las {required} habilidades requeridas están por debajo del nivel requerido (déficit ponderado por importancia {deficit}).</translation>
    </message>
    <message>
        <source>{source}: the same occupation on both sides, so there are no gaps.</source>
        <translation>{source}: es la misma ocupación de los dos lados, así que no hay brechas.</translation>
    </message>
    <message>
        <source>{source} → {to}: no skill gaps; every skill {to} needs is met.</source>
        <translation>{source} → {to}: sin brechas de habilidades; se cumple cada habilidad que pide {to}.</translation>
    </message>
    <message>
        <source>{source} → {to}: {count} skills need a higher level (total deficit {deficit} levels); {missing} of them are not needed in {source} at all.</source>
        <translation>{source} → {to}: {count} habilidades necesitan un nivel más alto (déficit total {deficit} niveles); {missing} de ellas no se necesitan para nada en {source}.</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop: {job}</source>
        <translation>Detener: {job}</translation>
    </message>
    <message>
        <source>{job}: cancelling…</source>
        <translation>{job}: cancelando…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Consultantes</translation>
    </message>
    <message>
        <source>Client ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Skill gaps</source>
        <translation>Brechas de habilidades</translation>
    </message>
    <message>
        <source>Compare targets</source>
        <translation>Comparar objetivos</translation>
    </message>
    <message>
        <source>Similar occupations</source>
        <translation>Ocupaciones similares</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Estado del modelo</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>CV analyses</source>
        <translation>Análisis de CV</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Import an O*NET release</source>
        <translation>Importar una versión de O*NET</translation>
    </message>
    <message>
        <source>Export the table in view</source>
        <translation>Exportar la tabla en pantalla</translation>
    </message>
    <message>
        <source>Search occupations (Occupations page)</source>
        <translation>Buscar ocupaciones (página Ocupaciones)</translation>
    </message>
    <message>
        <source>Rate the selected skill (Client ratings page)</source>
        <translation>Calificar la habilidad elegida (página Calificaciones)</translation>
    </message>
    <message>
        <source>Clear the selected skill&apos;s rating</source>
        <translation>Borrar la calificación de la habilidad elegida</translation>
    </message>
    <message>
        <source>Undo the last rating change</source>
        <translation>Deshacer el último cambio de calificación</translation>
    </message>
    <message>
        <source>Show gaps / find similar occupations for what was typed</source>
        <translation>Ver brechas / buscar ocupaciones similares a lo escrito</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import O*NET release…</source>
        <translation>&amp;Importar versión de O*NET…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation>Guardar informe como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Skill Navigator</source>
        <translation>A&amp;cerca de Skill Navigator</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The new language applies when Skill Navigator starts again.</source>
        <translation>El nuevo idioma se aplica la próxima vez que abras Skill Navigator.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Opening data…</source>
        <translation>Abriendo los datos…</translation>
    </message>
    <message>
        <source>Opening data</source>
        <translation>Abriendo los datos</translation>
    </message>
    <message>
        <source>Data folder could not be opened</source>
        <translation>No se pudo abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Cannot open data</source>
        <translation>No se pueden abrir los datos</translation>
    </message>
    <message>
        <source>Demo data — not O*NET</source>
        <translation>Datos de demostración — no son O*NET</translation>
    </message>
    <message>
        <source>Occupation titles and descriptions are shown in English, as O*NET publishes them.</source>
        <translation>Los títulos y las descripciones de las ocupaciones se muestran en inglés, tal como los publica O*NET.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>{job}: cancelled; nothing changed.</source>
        <translation>{job}: cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>Import O*NET release</source>
        <translation>Importar versión de O*NET</translation>
    </message>
    <message>
        <source>O*NET text release (*.zip);;Any file inside an unpacked release folder (*.txt)</source>
        <translation>Versión de O*NET en texto (*.zip);;Cualquier archivo dentro de la carpeta descomprimida (*.txt)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importando {file}</translation>
    </message>
    <message>
        <source>Imported {release}: {count} occupations in {seconds} s.</source>
        <translation>Se importó {release}: {count} ocupaciones en {seconds} s.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Offline career counselling over O*NET occupations and the skills Compass discovered with job seekers.</source>
        <translation>Orientación laboral sin conexión, con las ocupaciones de O*NET y las habilidades que Compass descubrió con las personas que buscan trabajo.</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Ir a {page}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ModelStatusPage</name>
    <message>
        <source>&amp;Train a calibration model</source>
        <translation>&amp;Entrenar un modelo de calibración</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Entrenado</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Hold-out ROC-AUC</source>
        <translation>ROC-AUC (validación)</translation>
    </message>
    <message>
        <source>Hold-out accuracy</source>
        <translation>Exactitud (validación)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Activate selected model</source>
        <translation>&amp;Activar el modelo elegido</translation>
    </message>
    <message>
        <source>Use &amp;plain scores (deactivate)</source>
        <translation>Usar &amp;puntajes simples (desactivar)</translation>
    </message>
    <message>
        <source>&amp;Explore: now and then show an occupation from beyond the top ranks (flagged &quot;exploration&quot;)</source>
        <translation>&amp;Explorar: a veces mostrar una ocupación fuera de los primeros puestos (&quot;exploración&quot;)</translation>
    </message>
    <message>
        <source>Calibration from counsellors&apos; feedback</source>
        <translation>Calibración según la devolución de los orientadores</translation>
    </message>
    <message>
        <source>Outcomes &lt;i&gt;applied&lt;/i&gt;, &lt;i&gt;interview&lt;/i&gt; and &lt;i&gt;offer&lt;/i&gt; count as positive, &lt;i&gt;hide&lt;/i&gt; as negative; &lt;i&gt;viewed&lt;/i&gt; and &lt;i&gt;save&lt;/i&gt; are not outcomes. A trained model re-ranks recommendations within their tiers only once you activate it.</source>
        <translation>Los resultados &lt;i&gt;applied&lt;/i&gt;, &lt;i&gt;interview&lt;/i&gt; y &lt;i&gt;offer&lt;/i&gt; cuentan como positivos, &lt;i&gt;hide&lt;/i&gt; como negativo; &lt;i&gt;viewed&lt;/i&gt; y &lt;i&gt;save&lt;/i&gt; no son resultados. Un modelo entrenado reordena las recomendaciones dentro de sus categorías solo cuando lo activás.</translation>
    </message>
    <message>
        <source>Exploration (epsilon-greedy, off by default)</source>
        <translation>Exploración (epsilon-greedy, apagada por defecto)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; labelled outcomes ({positives} positive, {negatives} negative); training needs at least {minimum}.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; resultados etiquetados ({positives} positivos, {negatives} negativos); para entrenar hacen falta al menos {minimum}.</translation>
    </message>
    <message>
        <source>Keep recording outcomes.</source>
        <translation>Seguí registrando resultados.</translation>
    </message>
    <message>
        <source>Re-ranking with &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>Reordenando con &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No model active: recommendations use the plain scores.</source>
        <translation>Ningún modelo activo: las recomendaciones usan los puntajes simples.</translation>
    </message>
    <message>
        <source>Trained {model}: hold-out ROC-AUC {auc}. Activate it to re-rank.</source>
        <translation>Se entrenó {model}: ROC-AUC de validación {auc}. Activalo para reordenar.</translation>
    </message>
    <message>
        <source>Training calibration model</source>
        <translation>Entrenando el modelo de calibración</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Estado del modelo</translation>
    </message>
</context>
<context>
    <name>OccupationPicker</name>
    <message>
        <source>  (also called {title})</source>
        <translation>  (también llamada {title})</translation>
    </message>
</context>
<context>
    <name>OnetApiDialog</name>
    <message>
        <source>Fetch occupations the imported release does not have (newer codes). The API gives importance only; levels stay unknown. Register for a key at services.onetcenter.org.</source>
        <translation>Trae las ocupaciones que la versión importada no tiene (códigos más nuevos). La API da solo la importancia; los niveles quedan desconocidos. Pedí una clave en services.onetcenter.org.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de la API</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>O*NET-SOC codes</source>
        <translation>Códigos O*NET-SOC</translation>
    </message>
    <message>
        <source>e.g. {name}</source>
        <translation>p. ej. {name}</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>&amp;Viewed</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardada</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>A&amp;pplied</source>
        <translation>&amp;Postuló</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Entrevista</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>Ofe&amp;rta</translation>
    </message>
    <message>
        <source>over-qualified</source>
        <translation>sobrecalificado</translation>
    </message>
    <message>
        <source>exploration</source>
        <translation>exploración</translation>
    </message>
    <message>
        <source>O*NET lists it among the occupations related to the client&apos;s current one ({relatedness})</source>
        <translation>O*NET la incluye entre las ocupaciones relacionadas con la actual del consultante ({relatedness})</translation>
    </message>
    <message>
        <source>Far below the client&apos;s Job Zone: listed after the others</source>
        <translation>Muy por debajo de la zona laboral del consultante: se lista después de las demás</translation>
    </message>
    <message>
        <source>Shown to explore: not among the top-ranked</source>
        <translation>Se muestra para explorar: no está entre las primeras</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>declarado</translation>
    </message>
    <message>
        <source>assumed from the current occupation</source>
        <translation>supuesto según la ocupación actual</translation>
    </message>
    <message>
        <source>education: {education} ({how}) · {years} years of related experience ({how_years})</source>
        <translation>educación: {education} ({how}) · {years} años de experiencia relacionada ({how_years})</translation>
    </message>
    <message>
        <source>Level-aware (default)</source>
        <translation>Por niveles (predeterminado)</translation>
    </message>
    <message>
        <source>SkillSprout baseline</source>
        <translation>Base SkillSprout</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>&amp;Over-qualified</source>
        <translation>&amp;Sobrecalificado</translation>
    </message>
    <message>
        <source>Show occupations far below the client&apos;s Job Zone (listed after the others in each tier)</source>
        <translation>Mostrar ocupaciones muy por debajo de la zona laboral del consultante (se listan después de las demás en cada categoría)</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Recomendar</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Consultante:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Job Zone from</source>
        <translation>&amp;Zona laboral desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Order within the tier: 60 % relatedness to the client, 40 % skill match</source>
        <translation>Orden dentro de la categoría: 60 % relación con el consultante, 40 % coincidencia de habilidades</translation>
    </message>
    <message>
        <source>Match %</source>
        <translation>Coinc. %</translation>
    </message>
    <message>
        <source>Key gaps</source>
        <translation>Brechas</translation>
    </message>
    <message>
        <source>Important skills (IM ≥ 3) more than half a rating step short</source>
        <translation>Habilidades importantes (IM ≥ 3) a las que les falta más de medio paso de calificación</translation>
    </message>
    <message>
        <source>Calibrated %</source>
        <translation>Calibr. %</translation>
    </message>
    <message>
        <source>Chance of a good outcome (apply, interview, offer) estimated by the active calibration model; it orders each tier</source>
        <translation>Probabilidad de un buen resultado (postulación, entrevista, oferta) estimada por el modelo de calibración activo; ordena cada categoría</translation>
    </message>
    <message>
        <source>Job Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Δ Zone</source>
        <translation>Δ Zona</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Show hi&amp;dden</source>
        <translation>Mostrar &amp;ocultas</translation>
    </message>
    <message>
        <source>Also list the occupations hidden for this client</source>
        <translation>Listar también las ocupaciones ocultadas para este consultante</translation>
    </message>
    <message>
        <source>Skill &amp;gaps…</source>
        <translation>&amp;Brechas…</translation>
    </message>
    <message>
        <source>Every skill of this occupation against the client&apos;s ratings</source>
        <translation>Cada habilidad de esta ocupación frente a las calificaciones del consultante</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Nivel requerido</translation>
    </message>
    <message>
        <source>Client level</source>
        <translation>Nivel consultante</translation>
    </message>
    <message>
        <source>rating {rating}</source>
        <translation>calificación {rating}</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Peso %</translation>
    </message>
    <message>
        <source>Match points</source>
        <translation>Pts. coincidencia</translation>
    </message>
    <message>
        <source>Gap points</source>
        <translation>Pts. brecha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this match&lt;/b&gt; — each skill&apos;s share of the scores (skills in red are key gaps):</source>
        <translation>&lt;b&gt;Por qué coincide&lt;/b&gt; — la parte de cada habilidad en los puntajes (en rojo, las brechas clave):</translation>
    </message>
    <message>
        <source>Add a client and rate their skills to see recommendations.</source>
        <translation>Agregá un consultante y calificá sus habilidades para ver recomendaciones.</translation>
    </message>
    <message>
        <source>Recommending…</source>
        <translation>Recomendando…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{client} · current occupation {current} · {rated} skills rated</source>
        <translation>{client} · ocupación actual {current} · {rated} habilidades calificadas</translation>
    </message>
    <message>
        <source> · {counts} (up to {limit} per tier) · event {event}</source>
        <translation> · {counts} (hasta {limit} por categoría) · evento {event}</translation>
    </message>
    <message>
        <source> · tiers ordered by the active calibration model</source>
        <translation> · categorías ordenadas por el modelo de calibración activo</translation>
    </message>
    <message>
        <source> · each tier ordered by fit</source>
        <translation> · cada categoría ordenada por ajuste</translation>
    </message>
    <message>
        <source>Show hi&amp;dden ({count})</source>
        <translation>Mostrar &amp;ocultas ({count})</translation>
    </message>
    <message>
        <source>{skill} (needs level {level}, rated {rating})</source>
        <translation>{skill} (pide nivel {level}, calificada {rating})</translation>
    </message>
    <message>
        <source>Shown to explore beyond the top ranks.</source>
        <translation>Se muestra para explorar más allá de los primeros puestos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key gaps:&lt;/b&gt; {gaps}&lt;br&gt;&lt;b&gt;Training:&lt;/b&gt; {training}</source>
        <translation>&lt;b&gt;Brechas clave:&lt;/b&gt; {gaps}&lt;br&gt;&lt;b&gt;Capacitación:&lt;/b&gt; {training}</translation>
    </message>
    <message>
        <source>Recorded &apos;{action}&apos; for {title}.</source>
        <translation>Se registró &apos;{action}&apos; para {title}.</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>No se guardó la devolución</translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message>
        <source>Short&amp;list</source>
        <translation>Pre&amp;seleccionar</translation>
    </message>
    <message>
        <source>Pin this occupation to a client&apos;s shortlist of targets (see the Compare targets page)</source>
        <translation>Fijar esta ocupación en la preselección de objetivos de un consultante (ver la página Comparar objetivos)</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Add to the shortlist of:</source>
        <translation>Agregar a la preselección de:</translation>
    </message>
    <message>
        <source>Add a client on the Clients page first.</source>
        <translation>Primero agregá un consultante en la página Consultantes.</translation>
    </message>
    <message>
        <source>Shortlisted {code}: {count} target(s) on this client&apos;s shortlist.</source>
        <translation>Se preseleccionó {code}: {count} objetivo(s) en la preselección de este consultante.</translation>
    </message>
    <message>
        <source>Not shortlisted</source>
        <translation>No se preseleccionó</translation>
    </message>
</context>
<context>
    <name>SimilarPage</name>
    <message>
        <source>Occupation: title, alternate title or code</source>
        <translation>Ocupación: título, título alternativo o código</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Primeras </translation>
    </message>
    <message>
        <source>How many similar occupations to list</source>
        <translation>Cuántas ocupaciones similares listar</translation>
    </message>
    <message>
        <source>&amp;Find similar</source>
        <translation>&amp;Buscar similares</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Ocupación:</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Job Zone</source>
        <translation>Zona laboral</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>O&amp;pen occupation</source>
        <translation>&amp;Abrir ocupación</translation>
    </message>
    <message>
        <source>Show skill &amp;gaps</source>
        <translation>Ver &amp;brechas de habilidades</translation>
    </message>
    <message>
        <source>The skills the selected occupation needs beyond this one</source>
        <translation>Las habilidades que pide la ocupación elegida más allá de esta</translation>
    </message>
    <message>
        <source>Similarity (0–1) combines skill and knowledge profiles (35 %), titles and alternate titles (30 %), RIASEC interests (15 %), technology used (10 %) and Job Zone (10 %). Double-click or press Enter on a row to open that occupation.</source>
        <translation>La similitud (0–1) combina perfiles de habilidades y conocimientos (35 %), títulos y títulos alternativos (30 %), intereses RIASEC (15 %), tecnología usada (10 %) y zona laboral (10 %). Hacé doble clic o presioná Enter sobre una fila para abrir esa ocupación.</translation>
    </message>
    <message>
        <source>Choose an occupation, for example the client&apos;s past job.</source>
        <translation>Elegí una ocupación, por ejemplo el trabajo anterior del consultante.</translation>
    </message>
    <message>
        <source>Choose an occupation first.</source>
        <translation>Primero elegí una ocupación.</translation>
    </message>
    <message>
        <source>Finding similar occupations…</source>
        <translation>Buscando ocupaciones similares…</translation>
    </message>
    <message>
        <source>The {count} occupations most similar to {title}.</source>
        <translation>Las {count} ocupaciones más similares a {title}.</translation>
    </message>
</context>
<context>
    <name>SkillLevelChart</name>
    <message>
        <source>key gap (⚠, red): importance ≥ 3 and more than half a rating step short</source>
        <translation>brecha clave (⚠, rojo): importancia ≥ 3 y más de medio paso de calificación faltante</translation>
    </message>
    <message>
        <source>Client level against the required level (0–7)</source>
        <translation>Nivel del consultante frente al nivel requerido (0–7)</translation>
    </message>
    <message>
        <source>O*NET Level scale</source>
        <translation>Escala de nivel de O*NET</translation>
    </message>
    <message>
        <source>{client} against {title} ({code}); the skills it requires, largest weighted gap first; {key_gap}.</source>
        <translation>{client} frente a {title} ({code}); las habilidades que requiere, primero la mayor brecha ponderada; {key_gap}.</translation>
    </message>
</context>
<context>
    <name>StartGuide</name>
    <message>
        <source>Demo data — not O*NET.</source>
        <translation>Datos de demostración — no son O*NET.</translation>
    </message>
    <message>
        <source>Import O*NET release…</source>
        <translation>Importar versión de O*NET…</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Agregar un consultante</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>1 · Import the O*NET release (the db_30_1_text zip, or any file in its folder) to work with real occupations.</source>
        <translation>1 · Importá la versión de O*NET (el zip db_30_1_text, o cualquier archivo de su carpeta) para trabajar con ocupaciones reales.</translation>
    </message>
    <message>
        <source>{step} · Add a client, then rate their skills and see recommendations.</source>
        <translation>{step} · Agregá un consultante, calificá sus habilidades y mirá las recomendaciones.</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Compass connection</source>
        <translation>Conexión con Compass</translation>
    </message>
    <message>
        <source>CV analyses connection</source>
        <translation>Conexión con los análisis de CV</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>O*NET release file</source>
        <translation>Archivo de versión de O*NET</translation>
    </message>
    <message>
        <source>Occupations, skills and knowledge from an O*NET text release (db_XX_Y_text.zip)</source>
        <translation>Ocupaciones, habilidades y conocimientos de una versión de O*NET en texto (db_XX_Y_text.zip)</translation>
    </message>
    <message>
        <source>Occupations fetched from the O*NET API (importance only)</source>
        <translation>Ocupaciones traídas de la API de O*NET (solo importancia)</translation>
    </message>
    <message>
        <source>Sessions, experiences and skills discovered with job seekers</source>
        <translation>Sesiones, experiencias y habilidades descubiertas con personas que buscan trabajo</translation>
    </message>
    <message>
        <source>CV analyses</source>
        <translation>Análisis de CV</translation>
    </message>
    <message>
        <source>Proof-of-talent CV analyses and their metrics</source>
        <translation>Análisis de CV de proof-of-talent y sus métricas</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>occupations</source>
        <translation>ocupaciones</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>experiences</source>
        <translation>experiencias</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>habilidades</translation>
    </message>
    <message>
        <source>taxonomy skills</source>
        <translation>habilidades de la taxonomía</translation>
    </message>
    <message>
        <source>analyses</source>
        <translation>análisis</translation>
    </message>
    <message>
        <source>Every row stored in the cache: experiences of all three views (pipeline output, what the user explored, deleted) and every skill (top and remaining). Analytics counts only the experiences the user kept and their top skills.</source>
        <translation>Cada fila guardada en la caché: experiencias de las tres vistas (salida del proceso, lo que la persona exploró, borradas) y todas las habilidades (principales y restantes). Estadísticas cuenta solo las experiencias que la persona conservó y sus habilidades principales.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{source}: {added} added, {updated} updated, {deleted} deleted, {skipped} skipped in {seconds} s</source>
        <translation>{source}: {added} agregados, {updated} actualizados, {deleted} borrados, {skipped} omitidos en {seconds} s</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>. Skipped (unreadable documents): {ids}</source>
        <translation>. Omitidos (documentos ilegibles): {ids}</translation>
    </message>
    <message>
        <source>. Kept from the release (it has levels too): {codes}</source>
        <translation>. Se conservan de la versión (también tiene niveles): {codes}</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Bring data into the local cache while online; everything else works offline from it. Syncs are incremental and can be cancelled: what was fetched is kept, and the next sync continues.</source>
        <translation>Traé los datos a la caché local mientras tengas conexión; todo lo demás funciona sin conexión a partir de ella. Las sincronizaciones son incrementales y se pueden cancelar: lo que se trajo se conserva y la próxima sincronización sigue desde ahí.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In the cache</source>
        <translation>En la caché</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Conexión…</translation>
    </message>
    <message>
        <source>Full resync (re-read everything; remove what was deleted upstream)</source>
        <translation>Resincronización completa (volver a leer todo; quitar lo borrado en el origen)</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Syncing {source}</source>
        <translation>Sincronizando {source}</translation>
    </message>
    <message>
        <source>{source}: sync cancelled. What was fetched is kept; the next sync continues from there.</source>
        <translation>{source}: sincronización cancelada. Lo que se trajo se conserva; la próxima sincronización sigue desde ahí.</translation>
    </message>
</context>
<context>
    <name>TierThresholds</name>
    <message>
        <source>&amp;Ready now: gap severity at most</source>
        <translation>&amp;Listo ya: gravedad máx. de brecha</translation>
    </message>
    <message>
        <source>&amp;Trainable: gap severity at most</source>
        <translation>&amp;Capacitable: gravedad máx. de brecha</translation>
    </message>
    <message>
        <source>Trainable: &amp;Job Zones up at most</source>
        <translation>Capacitable: &amp;zonas de subida máx.</translation>
    </message>
    <message>
        <source>Trainable: pre&amp;paration at most</source>
        <translation>Capacitable: pre&amp;paración máx.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>&amp;Over-qualified: Job Zones below at least</source>
        <translation>&amp;Sobrecalificado: zonas por debajo mín.</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;field: most related</source>
        <translation>&amp;Campo del consultante: más relacionadas</translation>
    </message>
    <message>
        <source> % of occupations</source>
        <translation> % de ocupaciones</translation>
    </message>
    <message>
        <source>Tier thresholds (level-aware model; README: Scoring models)</source>
        <translation>Umbrales de categoría (modelo por niveles; README: Scoring models)</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>&amp;Try this rating</source>
        <translation>&amp;Probar esta calificación</translation>
    </message>
    <message>
        <source>C&amp;lear scenario</source>
        <translation>&amp;Limpiar escenario</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Habilidad:</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>calificación</translation>
    </message>
    <message>
        <source>SCENARIO — hypothetical ratings, not saved to the client</source>
        <translation>ESCENARIO — calificaciones hipotéticas, no se guardan en el consultante</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation>Categoría hoy</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Fit now</source>
        <translation>Ajuste hoy</translation>
    </message>
    <message>
        <source>Fit in scenario</source>
        <translation>Ajuste en el escenario</translation>
    </message>
    <message>
        <source>Name it, e.g. after a forklift certificate</source>
        <translation>Ponele un nombre, p. ej. después del carnet de autoelevador</translation>
    </message>
    <message>
        <source>&amp;Keep for the report</source>
        <translation>&amp;Guardar para el informe</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Qué pasaría si</translation>
    </message>
    <message>
        <source>shortlisted</source>
        <translation>preseleccionada</translation>
    </message>
    <message>
        <source>changes tier</source>
        <translation>cambia de categoría</translation>
    </message>
    <message>
        <source>{count} occupations change tier. Tier sizes: {sizes}.</source>
        <translation>{count} ocupaciones cambian de categoría. Tamaño de las categorías: {sizes}.</translation>
    </message>
    <message>
        <source>If {changes}:</source>
        <translation>Si {changes}:</translation>
    </message>
    <message>
        <source>Pick a skill and a rating to see which occupations would change tier. Nothing here changes the client&apos;s ratings.</source>
        <translation>Elegí una habilidad y una calificación para ver qué ocupaciones cambiarían de categoría. Nada de esto cambia las calificaciones del consultante.</translation>
    </message>
    <message>
        <source>Scenario not kept</source>
        <translation>No se guardó el escenario</translation>
    </message>
    <message>
        <source>Kept for the report: “{label}”</source>
        <translation>Guardado para el informe: “{label}”</translation>
    </message>
    <message>
        <source>No scenario kept for the report.</source>
        <translation>No hay escenario guardado para el informe.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Remember in the OS keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>No OS keychain is available: what you type is used until Skill Navigator closes and is never written to disk.</source>
        <translation>No hay un llavero del sistema disponible: lo que escribas se usa hasta que se cierre Skill Navigator y nunca se guarda en el disco.</translation>
    </message>
</context>
</TS>
