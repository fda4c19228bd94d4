"""One settings object for the whole pipeline, read from ZHUCUN_* environment variables."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent

# A fixed key keeps the demo reproducible; production must set ZHUCUN_PII_KEY (the run warns).
DEMO_PII_KEY = "zhucun-demo-key-do-not-use-in-production"


class Settings(BaseSettings):
    """Where zhucun reads, writes and keeps its state."""

    model_config = SettingsConfigDict(env_prefix="ZHUCUN_", extra="ignore")

    home: Path = Field(default_factory=lambda: Path.cwd() / ".zhucun", description="state: Prefect home, logs, dbt artifacts")
    inbox: Path | None = Field(default=None, description="folder of files to load (default: HOME/inbox)")
    warehouse: Path | None = Field(default=None, description="DuckDB file (default: HOME/warehouse.duckdb)")
    pii_key: str = Field(default=DEMO_PII_KEY, description="HMAC key for ID numbers and phones")
    run_date: dt.date | None = Field(
        default=None,
        description="the day the run counts as 'today' (a start after it is an error, an end after it is planned);"
        " default: the calendar date. Fix it to replay a night.",
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
    def today(self) -> dt.date:
        return self.run_date or dt.date.today()

    @property
    def using_demo_key(self) -> bool:
        return self.pii_key == DEMO_PII_KEY
