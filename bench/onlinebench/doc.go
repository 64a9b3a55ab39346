// Package onlinebench measures how long a schema change on PostgreSQL
// stalls the writers and readers of the table it changes (issue 18): each
// [Case] is one model edit, applied by ferro.Migrate and, on a fresh copy of
// the same tables in the same run, by the SQL a PostgreSQL expert writes
// for it (CREATE INDEX CONCURRENTLY, NOT VALID then VALIDATE, a short
// lock_timeout with retries ...).
//
// # What a run does
//
// [Run] makes a schema in the database it is given, creates the Before
// models' tables through ferro.Migrate (customers: 10,000 rows; orders:
// Config.Rows rows, default 1,000,000, loaded with INSERT ... SELECT
// generate_series), vacuums, analyzes and checkpoints, then starts the
// workload through a ferro-postgres pool: 8 writers, each 100 statements/s
// alternating an INSERT and an UPDATE by key, and one reader, 100 SELECTs/s
// by key. After Config.Warm (1 s) it makes the change, while a sampler
// reads pg_locks every 20 ms; the workload runs on for Config.Tail (1 s)
// after the change. Each statement's latency is measured from the time the
// fixed schedule said it was due, not from when it was sent (the
// correction for coordinated omission): a writer stuck 3 s behind a lock
// records 3 s for that statement and the wait of every statement due
// during it. The result is the longest write and read latency (the stall)
// and their 99th percentiles over Warm + change + Tail, the change's wall
// time, the strongest lock the change's session was seen holding, and how
// many workload statements were seen waiting for a lock at once. Any
// failed statement is an error, and so is a change that leaves something
// for migrate.NewPlan(After) to do: the expert SQL provably reaches the
// same schema as ferro. The schema is dropped afterwards.
//
// # Running it
//
// From bench/, with FERRO_TEST_POSTGRES_DSN set (the benchmark creates and
// drops a database of its own on that server):
//
//	go test -run '^$' -bench Online -benchtime 1x -count 3 ./onlinebench/ | tee online.txt
//	ONLINEBENCH_ROWS=1000000,2000000 go test -run '^$' -bench 'Online/change=index/' -benchtime 1x ./onlinebench/
//	benchstat -col /tool online.txt            # ferro beside the expert form
//	benchstat before.txt after.txt             # a ferro change measured twice
//
// Each op loads its own table, so run with -benchtime 1x and repeat with
// -count; -bench 'Online/change=fk/' selects cases. ONLINEBENCH_ROWS lists
// the row counts (default 1000000). The benchmark reports stall-ms, p99-ms,
// read-stall-ms, read-p99-ms and change-ms per op (ns/op is suppressed: the
// op is the whole measured run, mostly loading), plus after-idle-ms for the
// idle-transaction case. After the benchmarks the test binary prints
// [WriteTable]'s Markdown table of every result of the run, medians over
// -count.
//
// # Tests
//
// TestRun_measuresAKnownStall calibrates the instrument (a 500 ms
// AccessExclusive must read as a 500 ms stall and a p99 near it, which
// only the due-time correction gives); TestRun_cases runs every case with
// both tools on 20,000 rows, so a wrong expert form fails in go test
// ./...; TestRewrites pins which ALTER COLUMN TYPE changes PostgreSQL makes
// without rewriting the table.
//
// # Adding a case
//
// Append a [Case] to [Cases]: the Before and After models (structs tagged
// for ferro, table "orders" with the columns the workload writes), the
// migrate options Migrate needs, and the expert steps. Run it once: a
// wrong expert form fails with the plan of what it left undone.
package onlinebench
