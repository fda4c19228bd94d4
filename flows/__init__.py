"""zhucun: nightly load of village-stationed cadre rosters and reports into a DuckDB warehouse."""
