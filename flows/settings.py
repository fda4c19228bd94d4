"""One settings object for the whole pipeline, read from ZHUCUN_* environment variables."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from flows.ingest.limits import ReadLimits
from flows.warehouse.writer_lock import DEFAULT_WAIT_SECONDS

REPO_ROOT = Path(__file__).resolve().parent.parent

# A fixed key keeps the demo reproducible; production must set ZHUCUN_PII_KEY (the run warns).
DEMO_PII_KEY = "zhucun-demo-key-do-not-use-in-production"


class Settings(BaseSettings):
    """Where zhucun reads, writes and keeps its state."""

    model_config = SettingsConfigDict(env_prefix="ZHUCUN_", extra="ignore")

    home: Path = Field(default_factory=lambda: Path.cwd() / ".zhucun", description="state: Prefect home, logs, dbt artifacts")
    inbox: Path | None = Field(default=None, description="folder of files to load (default: HOME/inbox)")
    warehouse: Path | None = Field(default=None, description="DuckDB file (default: HOME/warehouse.duckdb)")
    reports: Path | None = Field(default=None, description="folder of the steward's HTML pages (default: HOME/reports)")
    pii_key: str = Field(default=DEMO_PII_KEY, description="HMAC key for ID numbers and phones")
    run_date: dt.date | None = Field(
        default=None,
        description="the day the run counts as 'today' (a start after it is an error, an end after it is planned);"
        " default: the calendar date. Fix it to replay a night.",
    )
    lock_wait_seconds: float = Field(
        default=DEFAULT_WAIT_SECONDS, ge=0,
        description="how long a load waits for another writer of the warehouse before it gives up",
    )
    warehouse_busy_seconds: float = Field(
        default=30.0, ge=0,
        description="how long opening the working warehouse waits while another process holds DuckDB's lock on it",
    )
    dbt_project_dir: Path = REPO_ROOT / "dbt_project"
    seeds_dir: Path = REPO_ROOT / "seeds"
    expectations_dir: Path = REPO_ROOT / "expectations"
    samples_dir: Path = REPO_ROOT / "samples"

    @property
    def inbox_dir(self) -> Path:
        return self.inbox or self.home / "inbox"

    @property
    def warehouse_path(self) -> Path:
        return self.warehouse or self.home / "warehouse.duckdb"

    @property
    def serve_dir(self) -> Path:
        return self.home / "serve"

    @property
    def reports_dir(self) -> Path:
        """Where each run writes its steward report (<run id>.html), latest.html and index.html."""
        return self.reports or self.home / "reports"

    @property
    def today(self) -> dt.date:
        return self.run_date or dt.date.today()

    @property
    def using_demo_key(self) -> bool:
        return self.pii_key == DEMO_PII_KEY

    # Read limits (flows.ingest.limits.ReadLimits explains each default). A file over one is
    # rejected with a message naming the ZHUCUN_MAX_... variable to raise.
    max_unzipped_bytes: int = Field(default=512 * 2**20, gt=0, description="xlsx/docx: all zip parts, uncompressed")
    max_unzipped_part_bytes: int = Field(default=256 * 2**20, gt=0, description="xlsx/docx: one zip part, uncompressed")
    max_compression_ratio: float = Field(default=200.0, gt=1, description="xlsx/docx: expansion of one large part")
    compression_ratio_from_bytes: int = Field(default=8 * 2**20, ge=0, description="smaller parts skip the ratio check")
    max_sheet_rows: int = Field(default=1_048_576, gt=0, description="rows in one sheet")
    max_sheet_columns: int = Field(default=1_000, gt=0, description="columns in one sheet")
    max_sheet_cells: int = Field(default=10_000_000, gt=0, description="rows x columns of one sheet")
    max_merged_ranges: int = Field(default=200_000, gt=0, description="merged ranges in one xlsx sheet")
    max_xls_bytes: int = Field(default=64 * 2**20, gt=0, description=".xls file size (xlrd loads it whole)")
    max_csv_bytes: int = Field(default=256 * 2**20, gt=0, description=".csv file size (read whole)")

    @property
    def read_limits(self) -> ReadLimits:
        """The limits for flows.ingest.readers.read_grids and the .docx report reader."""
        return ReadLimits(**{name: getattr(self, name) for name in ReadLimits.__dataclass_fields__})
