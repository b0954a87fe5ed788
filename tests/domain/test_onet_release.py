import zipfile
from pathlib import Path

import pytest

from desktop.domain.errors import BadInput
from desktop.domain.onet_release import RELEASE_FILES, ReleaseSource, read_rows
from tests.release_files import copy_release

OCCUPATIONS = next(s for s in RELEASE_FILES if s.filename == "Occupation Data.txt")


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(text.encode("utf-8"))


def test_release_name_and_title_come_from_read_me(release_dir):
    with ReleaseSource(release_dir) as source:
        assert source.release_name() == "30.1"
        assert source.release_title() == "O*NET 30.1 Database, December 2025 Release"


def test_release_name_falls_back_to_the_folder_name(tmp_path):
    folder = tmp_path / "db_29_2_text"
    write(folder, "Occupation Data.txt", "O*NET-SOC Code\tTitle\tDescription\r\n")
    with ReleaseSource(folder) as source:
        assert source.release_name() == "29.2"


def test_columns_are_found_by_name_not_position(tmp_path):
    write(tmp_path, "Occupation Data.txt",
          "Description\tExtra\tTitle\tO*NET-SOC Code\r\nDoes things\tx\tDoer\t11-1111.00\r\n")
    with ReleaseSource(tmp_path) as source:
        parsed = read_rows(source, OCCUPATIONS)
    assert parsed.rows == [("11-1111.00", "Doer", "Does things")]


def test_missing_column_names_the_file_and_line(tmp_path):
    write(tmp_path, "Occupation Data.txt", "O*NET-SOC Code\tTitle\r\n11-1111.00\tDoer\r\n")
    expected = r"Occupation Data\.txt, line 1: missing column\(s\) Description"
    with ReleaseSource(tmp_path) as source, pytest.raises(BadInput, match=expected):
        read_rows(source, OCCUPATIONS)


def test_a_short_line_names_the_file_and_line(tmp_path):
    write(tmp_path, "Occupation Data.txt", "O*NET-SOC Code\tTitle\tDescription\r\n"
          "11-1111.00\tDoer\tDoes\r\n11-1112.00\tHalf")
    with ReleaseSource(tmp_path) as source, pytest.raises(BadInput, match="line 3: expected 3"):
        read_rows(source, OCCUPATIONS)


def test_text_that_is_not_utf8_names_the_line(tmp_path):
    (tmp_path / "Occupation Data.txt").write_bytes(
        b"O*NET-SOC Code\tTitle\tDescription\r\n11-1111.00\tDoer\t\xff\xfe\r\n")
    with ReleaseSource(tmp_path) as source, pytest.raises(BadInput, match="line 2: not UTF-8"):
        read_rows(source, OCCUPATIONS)


def test_a_zip_release_reads_like_the_folder(release_dir, tmp_path):
    archive = tmp_path / "db_30_1_text.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("Occupation Data.txt", "Read Me.txt"):
            zipped.write(release_dir / name, f"db_30_1_text/{name}")
    with ReleaseSource(archive) as zipped, ReleaseSource(release_dir) as folder:
        assert zipped.release_name() == "30.1"
        assert read_rows(zipped, OCCUPATIONS).rows == read_rows(folder, OCCUPATIONS).rows


def test_a_file_that_is_not_a_zip_is_bad_input(tmp_path):
    fake = tmp_path / "release.zip"
    fake.write_text("not a zip")
    with pytest.raises(BadInput, match="not a readable O\\*NET release zip"):
        ReleaseSource(fake)


def test_a_missing_path_is_bad_input(tmp_path):
    with pytest.raises(BadInput, match="no such file"):
        ReleaseSource(tmp_path / "nowhere")


def test_copy_release_helper_copies_only_what_is_asked(release_dir, tmp_path):
    copy = copy_release(release_dir, tmp_path / "r", ["Read Me.txt"])
    assert [p.name for p in copy.iterdir()] == ["Read Me.txt"]
