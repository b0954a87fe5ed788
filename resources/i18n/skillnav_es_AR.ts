<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_AR" sourcelanguage="en">
<context>
    <name>Formats</name>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
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
</TS>
