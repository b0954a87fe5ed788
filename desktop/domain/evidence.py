"""Which Compass (ESCO) skills count as evidence for which O*NET skill.

There is no official ESCO-skill → O*NET-skill crosswalk. A skill is placed beside an O*NET
skill only when its label, as stored (English or Spanish), names the same ability: a term
below starts one of its words ("atender a los clientes" → Service Orientation, "supervise
staff" → Management of Personnel Resources). The terms follow O*NET's skill definitions and
the matching ESCO transversal and management skills; O*NET skills with no clear ESCO
counterpart (Operations Analysis, Systems Evaluation, …) get none. Language skills never
count ("speak Spanish" is not Speaking). Everything else stays listed under its experience.
"""

from __future__ import annotations

import re

TERMS: dict[str, tuple[str, ...]] = {
    "2.A.1.a": ("leer", "comprensión lectora", "read ", "reading"),
    "2.A.1.b": ("escuchar activamente", "escucha activa", "listen actively", "active listening"),
    "2.A.1.c": ("redactar", "escribir", "write", "writing"),
    "2.A.1.d": ("hablar en público", "comunicarse verbalmente", "public speaking",
                "speak in public"),
    "2.A.1.e": ("matemátic", "aritmétic", "calcular", "mathemat", "arithmetic", "calculat"),
    "2.A.1.f": ("métodos científicos", "scientific"),
    "2.A.2.a": ("pensamiento crítico", "critical thinking", "think critically"),
    "2.B.1.a": ("empatía", "empathy", "empathise", "empathize"),
    "2.B.1.b": ("coordinar", "coordinate", "coordination"),
    "2.B.1.c": ("persuadir", "persuade", "persuasi"),
    "2.B.1.d": ("negociar", "negotiat"),
    "2.B.1.e": ("enseñar", "instruir", "formar a", "teach", "instruct", "train staff",
                "train employees"),
    "2.B.1.f": ("atender a los clientes", "atención al cliente", "servicio al cliente",
                "customer service", "assist customers", "attend to customers"),
    "2.B.2.i": ("resolver problemas", "solve problems", "problem solving"),
    "2.B.3.d": ("instalar", "install"),
    "2.B.3.e": ("programación informática", "programming", "computer programming"),
    "2.B.3.h": ("operar ", "operate ", "conducir", "drive "),
    "2.B.3.j": ("mantenimiento", "maintain equipment", "equipment maintenance"),
    "2.B.3.k": ("diagnosticar averías", "troubleshoot"),
    "2.B.3.l": ("reparar", "repair"),
    "2.B.3.m": ("control de calidad", "quality control"),
    "2.B.4.e": ("tomar decisiones", "make decisions", "decision making"),
    "2.B.5.a": ("gestionar el tiempo", "gestión del tiempo", "manage time", "time management"),
    "2.B.5.b": ("presupuesto", "budget", "gestionar finanzas", "manage finances"),
    "2.B.5.c": ("existencias", "inventario", "stock", "inventory"),
    "2.B.5.d": ("supervisar al personal", "gestionar personal", "supervise staff",
                "manage staff"),
}
_PATTERNS = {element: re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + ")",
                                 re.IGNORECASE) for element, terms in TERMS.items()}


def supported_skills(label: str, skill_type: str = "") -> list[str]:
    """The O*NET skill element ids a Compass skill label is evidence for (often none)."""
    if skill_type == "language":
        return []
    return [element for element, pattern in _PATTERNS.items() if pattern.search(label)]
