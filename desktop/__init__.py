"""Skill Navigator: offline career counselling over O*NET and Compass data.

The single source of the version and names used by the About box, the CLI and the
PyInstaller spec (which also writes the Windows version resource from it).
"""

__version__ = "0.1.0"
APP_NAME = "Skill Navigator"
APP_ID = "org.skillnavigator.SkillNavigator"
ORG_NAME = "Skill Navigator"
COMMAND = "skillnav"
