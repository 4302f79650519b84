-- A year of attempts for every pupil of a seeded school (`stagesctl demo seed`), written straight
-- in SQL for timing the dashboards: 1,000 attempts per pupil over 360 days before :end, pupils of
-- different pace (some stuck at stage 1, some never started, some inactive since spring), with a
-- mastery table in step (counts exact; the level from the last attempts' success rate, which is
-- not the exact replay but has the shape of a real school). Run with the sqlite3 tool:
--   sqlite3 school.sqlite < tests/support/bigschool.sql
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE pace AS
SELECT id AS person_id,
       abs(random()) % 9 AS pace,                                -- 0: stuck at stage 1
       CASE WHEN abs(random()) % 20 = 0 THEN 0 ELSE 1000 END AS n, -- 1 in 20 never started
       CASE WHEN abs(random()) % 10 = 0 THEN 250 ELSE 360 END AS days -- 1 in 10 stopped early
FROM person WHERE role = 'pupil';
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 999)
INSERT INTO attempt (id, person_id, exercise_id, domain, stage, score, success, duration_ms, hints_used, answer,
                     finished_at, mixed_set)
SELECT lower(hex(randomblob(16))), p.person_id,
       'big/' || (k.i % 3) || '/' || (abs(random()) % 40),
       CASE k.i % 3 WHEN 0 THEN 'combinatorics' WHEN 1 THEN 'music' ELSE 'movement' END,
       min(8, 1 + (k.i * p.pace) / 1000),
       0, CASE WHEN abs(random()) % 100 < (CASE WHEN p.pace = 0 THEN 30 ELSE 70 END) THEN 1 ELSE 0 END, 20000 + abs(random()) % 100000, 0, '[]',
       strftime('%Y-%m-%dT%H:%M:%fZ', '2026-12-04', '-360 days', '+' || (k.i * p.days / 1000) || ' days',
                '+8 hours', '+' || ((k.i % 7) * 300 + abs(random()) % 200) || ' seconds'),
       CASE WHEN k.i % 50 = 0 THEN 1 ELSE 0 END
FROM pace p JOIN k ON k.i < p.n;
UPDATE attempt SET score = success WHERE exercise_id LIKE 'big/%';
INSERT INTO mastery (person_id, domain, stage, level, attempts, successes, best_score, updated_at)
SELECT person_id, domain, stage,
       CASE WHEN 1.0 * sum(success) / count(*) >= 0.7 THEN 3 WHEN 1.0 * sum(success) / count(*) >= 0.6 THEN 2
            ELSE 1 END,
       count(*), sum(success), max(score), max(finished_at)
FROM attempt GROUP BY person_id, domain, stage;
COMMIT;
ANALYZE;
