<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_AR" sourcelanguage="en">
<context>
    <name>AnalysesPage</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an analysis to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CV analyses synced yet: sync them from the proof-of-talent database to read them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analyses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Experiences the user explored and kept (not deleted), and the top skills in them, in sessions last active in the period. The Sync page counts every stored row instead: all three views (pipeline output, explored, deleted) and every skill (top and remaining).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV analyses</source>
        <translation type="unfinished">Análisis de CV</translation>
    </message>
    <message>
        <source>CV analyses created in the period, any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyses that completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyses that ended in an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed as a share of all analyses in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass sessions whose last message is in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct users of those sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiences kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top skills in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: CV analyses (proof of talent), synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: Compass sessions, synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} (never synced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyses per field and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations of completed analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyses created over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score of completed analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood of completed analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likelihood (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most extracted Compass skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept experiences with it among their top skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top skills per kept experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top skills in the experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean likelihood (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed analyses by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing synced yet: Analytics counts the CV analyses and Compass sessions synced to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished">Estadísticas</translation>
    </message>
    <message>
        <source>Cannot compute: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: {analyses} of {cached_analyses} CV analyses, {sessions} of {cached_sessions} Compass sessions in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} completed analyses (unrated: no recommendation could be derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} analyses per day by creation date; trend: {window}-day rolling mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} analyses per week by creation date; trend: {window}-week rolling mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} of {completed} completed analyses with a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} of {completed} completed analyses with a likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>means over the analyses with a value: n = {n} of {completed} with a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skills} top skills in {experiences} kept experiences; grouped by ESCO UUID, or by label where the UUID is missing (marked “no UUID”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} with neither left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} kept experiences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundEditor</name>
    <message>
        <source>assumed from the current occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related e&amp;xperience:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image, with its title, period and data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Analyses per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyses per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{window}-day rolling mean (this day and the {before} before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{window}-week rolling mean (this week and the {before} before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client level (red: key gap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Set the client&apos;s current occupation to chart their levels against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefill from current occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change of this client&apos;s ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommen&amp;dations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: &lt;b&gt;0&lt;/b&gt;–&lt;b&gt;4&lt;/b&gt; rate the selected skill (none, basic, working, advanced, expert) · &lt;b&gt;Delete&lt;/b&gt; clears it · &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes · &lt;b&gt;↑ ↓&lt;/b&gt; move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ These ratings are mostly one value. Flat profiles match poorly: rate the client&apos;s stronger and weaker skills apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (0–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (0–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current job needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client yet: add one on the Clients page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current occupation: {title} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rating} {words}  (level {level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Level {value}&lt;/b&gt;: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Level Scale Anchors&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefilling from the current occupation changes {changed} of {client}&apos;s ratings and fills {filled} unrated skills. Continue? (Ctrl+Z undoes the whole prefill.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefilling from the current occupation changes {changed} of {client}&apos;s ratings. Continue? (Ctrl+Z undoes the whole prefill.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search labels, notes, occupation codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pseudonym, e.g. K-017 (no e-mail, no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a title or an O*NET-SOC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: synced Compass user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: Compass session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass &amp;session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate s&amp;kills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommen&amp;dations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {created}, last change {changed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the form and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {client}? Their ratings and history are kept; show archived clients to restore them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Zone (step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}  ✓ met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}  ≈ met (−{deficit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}  ▼ short {deficit} · key gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}  ▼ short {deficit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a target: title, alternate title or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s target occupations, in the counsellor&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Shortlist&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills that unlock most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client on the Clients page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortlist is empty: add targets here, or with Shortlist on the Recommendations, Similar occupations and Occupations pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}: {targets} targets · {rated} skills rated · cells show the required level (0–7) and the client&apos;s shortfall; colour and text say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among all occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one rating step up moves these to a better tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single step moves one to a better tier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompassLinkDialog</name>
    <message>
        <source>Link to Compass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by user id or session id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;user (all sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} synced session(s) shown, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No synced Compass session matches: sync Compass on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompassPanel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ O*NET: {title} ({code}), {confidence} confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ no O*NET occupation used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top skills: {skills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Compass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as current &amp;occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;all ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide these suggestions; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested ratings&lt;/b&gt; (from the experiences above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested current occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass session {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compass user {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to Compass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({code}) — from {experience}, {span}; {confidence} confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{skill}&lt;/b&gt;: {rating} suggested (level {level}), {confidence} confidence — {provenance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Compass evidence: {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions ignored: nothing was written. Reopen the client to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>mongodb:// or mongodb+srv:// (Atlas) URI, TLS options included. The URI may hold a password: it is kept only in the OS keychain, and shown masked in messages and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy URI (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy database (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unexpected error ({error}). Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open the Sync page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ low precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relevant: not required for this occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low precision: O*NET recommends suppressing this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occupation matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean {links}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or another title for the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least level {level}: {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below level {level}: {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search occupations and alternate titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET relatedness tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (0–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Zone {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Job Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also called {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occupation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Education:&lt;/b&gt; {education}&lt;br&gt;&lt;b&gt;Experience:&lt;/b&gt; {experience}&lt;br&gt;&lt;b&gt;Training:&lt;/b&gt; {training}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Job Zone is published for this occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET publishes no skill ratings for this occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a skill to see what its level means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported release has no Related Occupations file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skill}: not relevant — not required here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{skill}&lt;/b&gt;, level {level}: {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level anchors published for this element.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>GapPage</name>
    <message>
        <source>No client chosen: add clients on the Clients page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows a client&apos;s levels: switch to Client → occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ low confidence (O*NET recommends suppressing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key gap: important (IM ≥ 3) and more than half a rating step short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client rating (0–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted deficit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupation → occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient → occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from: title, alternate title or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target occupation: title, alternate title or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels use O*NET&apos;s Level scale (0–7); a client&apos;s 0–4 rating counts as rating × 7/4. Bars show each deficit against the largest one. “Not needed” means the occupation does not require the skill (Not Relevant or level 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two occupations and press Enter, or switch to a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (now {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the occupation to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table still shows the previous comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 · not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 key gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} key gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} → {to}: {gaps} (in red: important skills more than half a rating step short); {short} of the {required} required skills are below the required level (importance-weighted deficit {deficit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the same occupation on both sides, so there are no gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} → {to}: no skill gaps; every skill {to} needs is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} → {to}: {count} skills need a higher level (total deficit {deficit} levels); {missing} of them are not needed in {source} at all.</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>ModelStatusPage</name>
    <message>
        <source>&amp;Train a calibration model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out ROC-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold-out accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate selected model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;plain scores (deactivate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore: now and then show an occupation from beyond the top ranks (flagged &quot;exploration&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration from counsellors&apos; feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes &lt;i&gt;applied&lt;/i&gt;, &lt;i&gt;interview&lt;/i&gt; and &lt;i&gt;offer&lt;/i&gt; count as positive, &lt;i&gt;hide&lt;/i&gt; as negative; &lt;i&gt;viewed&lt;/i&gt; and &lt;i&gt;save&lt;/i&gt; are not outcomes. A trained model re-ranks recommendations within their tiers only once you activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploration (epsilon-greedy, off by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; labelled outcomes ({positives} positive, {negatives} negative); training needs at least {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep recording outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-ranking with &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model active: recommendations use the plain scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained {model}: hold-out ROC-AUC {auc}. Activate it to re-rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training calibration model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model status</source>
        <translation type="unfinished">Estado del modelo</translation>
    </message>
</context>
<context>
    <name>OccupationPicker</name>
    <message>
        <source>  (also called {title})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnetApiDialog</name>
    <message>
        <source>Fetch occupations the imported release does not have (newer codes). The API gives importance only; levels stay unknown. Register for a key at services.onetcenter.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET-SOC codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>over-qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exploration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET lists it among the occupations related to the client&apos;s current one ({relatedness})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far below the client&apos;s Job Zone: listed after the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to explore: not among the top-ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed from the current occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education: {education} ({how}) · {years} years of related experience ({how_years})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-aware (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkillSprout baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over-qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show occupations far below the client&apos;s Job Zone (listed after the others in each tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job Zone from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order within the tier: 60 % relatedness to the client, 40 % skill match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important skills (IM ≥ 3) more than half a rating step short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of a good outcome (apply, interview, offer) estimated by the active calibration model; it orders each tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hi&amp;dden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the occupations hidden for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill &amp;gaps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every skill of this occupation against the client&apos;s ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this match&lt;/b&gt; — each skill&apos;s share of the scores (skills in red are key gaps):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client and rate their skills to see recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} · current occupation {current} · {rated} skills rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {counts} (up to {limit} per tier) · event {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · tiers ordered by the active calibration model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · each tier ordered by fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hi&amp;dden ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skill} (needs level {level}, rated {rating})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to explore beyond the top ranks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Key gaps:&lt;/b&gt; {gaps}&lt;br&gt;&lt;b&gt;Training:&lt;/b&gt; {training}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &apos;{action}&apos; for {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortlist</name>
    <message>
        <source>Short&amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this occupation to a client&apos;s shortlist of targets (see the Compare targets page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the shortlist of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client on the Clients page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlisted {code}: {count} target(s) on this client&apos;s shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarPage</name>
    <message>
        <source>Occupation: title, alternate title or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many similar occupations to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show skill &amp;gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills the selected occupation needs beyond this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity (0–1) combines skill and knowledge profiles (35 %), titles and alternate titles (30 %), RIASEC interests (15 %), technology used (10 %) and Job Zone (10 %). Double-click or press Enter on a row to open that occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an occupation, for example the client&apos;s past job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an occupation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding similar occupations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} occupations most similar to {title}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillLevelChart</name>
    <message>
        <source>key gap (⚠, red): importance ≥ 3 and more than half a rating step short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client level against the required level (0–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET Level scale (0–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} against {title} ({code}); the skills it requires, largest weighted gap first; {key_gap}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartGuide</name>
    <message>
        <source>Demo data — not O*NET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import O*NET release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Import the O*NET release (the db_30_1_text zip, or any file in its folder) to work with real occupations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} · Add a client, then rate their skills and see recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>Compass connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV analyses connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>O*NET release file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations, skills and knowledge from an O*NET text release (db_XX_Y_text.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations fetched from the O*NET API (importance only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, experiences and skills discovered with job seekers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV analyses</source>
        <translation type="unfinished">Análisis de CV</translation>
    </message>
    <message>
        <source>Proof-of-talent CV analyses and their metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row stored in the cache: experiences of all three views (pipeline output, what the user explored, deleted) and every skill (top and remaining). Analytics counts only the experiences the user kept and their top skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {added} added, {updated} updated, {deleted} deleted, {skipped} skipped in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Skipped (unreadable documents): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Kept from the release (it has levels too): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished">Sincronizar</translation>
    </message>
    <message>
        <source>Bring data into the local cache while online; everything else works offline from it. Syncs are incremental and can be cancelled: what was fetched is kept, and the next sync continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full resync (re-read everything; remove what was deleted upstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: sync cancelled. What was fetched is kept; the next sync continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierThresholds</name>
    <message>
        <source>&amp;Ready now: gap severity at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainable: gap severity at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainable: &amp;Job Zones up at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainable: pre&amp;paration at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over-qualified: Job Zones below at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s &amp;field: most related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier thresholds (level-aware model; README: Scoring models)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>&amp;Try this rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCENARIO — hypothetical ratings, not saved to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit in scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name it, e.g. after a forklift certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} occupations change tier. Tier sizes: {sizes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If {changes}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a skill and a rating to see which occupations would change tier. Nothing here changes the client&apos;s ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for the report: “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario kept for the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Remember in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available: what you type is used until Skill Navigator closes and is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
