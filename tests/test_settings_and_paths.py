from desktop.paths import DATA_DIR_ENV, resolve_data_dir
from desktop.settings import Settings


def test_data_dir_flag_beats_environment_beats_platform(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv(DATA_DIR_ENV)
    assert "SkillNavigator" in str(resolve_data_dir(None))


def test_settings_round_trip_and_survive_damage(tmp_path):
    path = tmp_path / "settings.json"
    Settings(scoring_model="skillsprout", ready_now_match=80.0).save(path)
    assert Settings.load(path).scoring_model == "skillsprout"
    assert Settings.load(path).ready_now_match == 80.0
    path.write_text('{"scoring_model": 7, "unknown": 1, "ready_now_gap": 20.0')
    assert Settings.load(path) == Settings()  # damaged JSON: defaults
    path.write_text('{"scoring_model": 7, "unknown": 1, "ready_now_gap": 20.0}')
    assert Settings.load(path) == Settings(ready_now_gap=20.0)  # wrong types dropped
