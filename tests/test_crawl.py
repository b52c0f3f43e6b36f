"""Fetching many URLs politely, against local hosts on 127.0.0.1 (no internet): per-host
limits, spacing, retries, Retry-After, robots.txt, the page cache, feeds and sitemaps,
and the CLI around them."""

import json
import os
import sqlite3
import time

import pytest
from typer.testing import CliRunner

from newsscan import batch, links
from newsscan.cli import app
from newsscan.download import Downloader, FetchPolicy, classify, parse_retry_after
from newsscan.errors import FetchError
from tests.webhosts import CLI_PRIVATE, PRIVATE, local_options, start

ROBOTS = "User-agent: *\nDisallow: /private/\n"


@pytest.fixture(scope="module")
def hosts():
    a, b = start(ROBOTS), start(None)
    yield a, b
    for host in (a, b):
        host.shutdown()
        host.server_close()


@pytest.fixture
def fresh(hosts):
    for host in hosts:
        host.reset()
    return hosts


def downloader(**policy) -> Downloader:
    policy.setdefault("backoff", 0.05)
    return Downloader(local_options(timeout=5), FetchPolicy(**policy))


def test_per_host_limit_holds_while_hosts_run_in_parallel(fresh):
    a, b = fresh
    with downloader(threads=8, per_host=2) as d:
        futures = [d.submit(f"{h.base}/slow/{n}.html") for n in range(6) for h in (a, b)]
        pages = [f.result(timeout=30) for f in futures]
    assert all(b"Br\xc3\xbccke" in p.body for p in pages)
    # the server holds each answer until a second request to it is in: two at a time, never three
    assert a.peak == 2 and b.peak == 2


def test_delay_spaces_requests_to_one_host(fresh):
    a, _ = fresh
    with downloader(threads=4, per_host=4, delay=0.25) as d:
        for f in [d.submit(f"{a.base}/news/{n}.html") for n in range(4)]:
            f.result(timeout=30)
    starts = sorted(t for path, ts in a.times.items() if path.startswith("/news/") for t in ts)
    assert len(starts) == 4
    assert min(y - x for x, y in zip(starts, starts[1:])) >= 0.2


def test_429_waits_for_retry_after_then_succeeds(fresh):
    a, _ = fresh
    with downloader() as d:
        page = d.get(f"{a.base}/limited/1.html")
    first, second = a.times["/limited/1.html"]
    assert b"Br\xc3\xbccke" in page.body and second - first >= 0.9


def test_retry_after_longer_than_accepted_fails_at_once(fresh):
    a, _ = fresh
    with downloader(max_wait=10) as d, pytest.raises(FetchError, match="asked to wait 3600 s"):
        d.get(f"{a.base}/limited/long.html")
    assert a.hits["/limited/long.html"] == 1


def test_5xx_is_retried_with_backoff_and_gives_up_in_the_end(fresh):
    a, _ = fresh
    with downloader(retries=2) as d:
        assert b"Br\xc3\xbccke" in d.get(f"{a.base}/flaky/2.html").body
        with pytest.raises(FetchError, match=r"HTTP 503.*gave up after 3 attempts"):
            d.get(f"{a.base}/down.html")
    assert a.hits["/flaky/2.html"] == 2 and a.hits["/down.html"] == 3


def test_404_is_not_retried(fresh):
    a, _ = fresh
    with downloader() as d, pytest.raises(FetchError, match="HTTP 404"):
        d.get(f"{a.base}/missing.html")
    assert a.hits["/missing.html"] == 1


def test_connection_refused_is_retried_then_reported():
    with (
        downloader(retries=1, robots=False) as d,
        pytest.raises(FetchError, match="gave up after 2 attempts"),
    ):
        d.get("http://127.0.0.1:9/nothing.html")


def test_robots_txt_is_read_once_per_host_and_obeyed(fresh):
    a, b = fresh
    with downloader() as d:
        for n in range(3):
            d.get(f"{a.base}/news/{n}.html")
        with pytest.raises(FetchError, match="disallowed by robots.txt"):
            d.get(f"{a.base}/private/3.html")
        d.get(f"{b.base}/private/3.html")  # host b has no robots.txt (404): everything allowed
    assert a.hits["/robots.txt"] == 1 and a.hits["/private/3.html"] == 0
    with downloader(robots=False) as d:
        assert d.get(f"{a.base}/private/3.html").body


def test_cache_serves_pages_without_asking_again(fresh, tmp_path):
    a, _ = fresh
    url = f"{a.base}/news/5.html"
    with downloader(cache=str(tmp_path / "cache")) as d:
        first = d.get(url)
    with downloader(cache=str(tmp_path / "cache")) as d:
        again = d.get(url)
    assert a.hits["/news/5.html"] == 1
    assert again.cached and again.body == first.body and again.final_url == first.final_url


def test_a_cached_page_older_than_the_max_age_is_fetched_again(fresh, tmp_path):
    a, _ = fresh
    url = f"{a.base}/news/5.html"
    with downloader(cache=str(tmp_path / "cache")) as d:
        d.get(url)
    with downloader(cache=str(tmp_path / "cache"), cache_max_age=3600) as d:
        assert d.get(url).cached  # stored a moment ago: young enough
    for path in (tmp_path / "cache").rglob("*.json"):
        os.utime(path, (time.time() - 7200, time.time() - 7200))  # as if stored two hours ago
    with downloader(cache=str(tmp_path / "cache"), cache_max_age=3600) as d:
        assert not d.get(url).cached
    with downloader(cache=str(tmp_path / "cache"), cache_max_age=3600) as d:
        assert d.get(url).cached  # the fresh copy replaced the old one
    assert a.hits["/news/5.html"] == 2


def test_cache_max_age_needs_a_cache_and_a_number_of_seconds(tmp_path):
    for extra in (["--cache-max-age", "60"], ["--cache", str(tmp_path), "--cache-max-age", "nan"]):
        result = runner.invoke(app, ["analyze", "https://example.org/a.html", *extra])
        assert result.exit_code == 2, result.stderr


def test_a_page_cached_under_allowed_private_addresses_is_not_served_without_them(fresh, tmp_path):
    from newsscan.model import Options

    a, _ = fresh
    url = f"{a.base}/news/5.html"
    with downloader(cache=str(tmp_path / "cache")) as d:
        d.get(url)
    with Downloader(Options(timeout=5), FetchPolicy(cache=str(tmp_path / "cache"))) as d:
        with pytest.raises(FetchError, match="non-public address"):
            d.get(url)


def test_retry_after_as_http_date_and_classification():
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
    assert parse_retry_after("5") == 5.0 and parse_retry_after("soon") is None
    assert classify(FetchError("http://x/: HTTP 503 Service Unavailable")).transient
    assert not classify(FetchError("http://x/: unsupported content type application/pdf")).transient


def test_feeds_and_sitemaps_expand_into_article_urls(fresh):
    a, _ = fresh
    with downloader() as d:
        assert links.feed_links(f"{a.base}/feed.xml", d) == [
            f"{a.base}/news/1.html",
            f"{a.base}/news/2.html",
            f"{a.base}/private/3.html",
        ]
        assert links.feed_links(f"{a.base}/atom.xml", d) == [f"{a.base}/news/4.html", f"{a.base}/news/5.html"]
        assert links.sitemap_links(f"{a.base}/sitemap.xml", d) == [
            f"{a.base}/news/{n}.html" for n in (6, 7, 8)
        ]
        with pytest.raises(FetchError, match="not a feed"):
            links.feed_links(f"{a.base}/not-a-feed.xml", d)


def test_records_stream_while_a_later_download_is_still_running(fresh, tmp_path):
    """Work is handed out one article at a time: the first records arrive while the last
    source is still downloading (with chunks of 16 they waited for it)."""
    a, _ = fresh
    a.gate.clear()
    files = []
    for n in range(20):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"Der Sprecher Jan Weber{n} sagte, die Lage sei ernst.", encoding="utf-8")
        files.append(str(path))
    with downloader() as d:
        records = batch.run(files + [f"{a.base}/gate/1.html"], local_options(), jobs=2, downloader=d)
        got = [next(records) for _ in range(20)]
        assert a.served["/gate/1.html"] == 0  # the last download has not finished yet
        a.gate.set()
        last = next(records)
    assert [r["quotes"][0]["speaker"] for r in got] == [f"Jan Weber{n}" for n in range(20)]
    assert last["input"]["url"] == f"{a.base}/gate/1.html" and last["quotes"]


runner = CliRunner()


def test_cli_feed_and_sitemap_with_workers_keep_order_and_report_robots(fresh):
    a, _ = fresh
    result = runner.invoke(
        app,
        [
            "analyze",
            "--feed",
            f"{a.base}/feed.xml",
            "--sitemap",
            f"{a.base}/sitemap.xml",
            "--format",
            "jsonl",
            "-j",
            "2",
            "--retries",
            "1",
            *CLI_PRIVATE,
        ],
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    urls = [r["input"]["url"] for r in records]
    assert urls == [f"{a.base}/news/1.html", f"{a.base}/news/2.html", f"{a.base}/private/3.html"] + [
        f"{a.base}/news/{n}.html" for n in (6, 7, 8)
    ]
    assert "disallowed by robots.txt" in records[2]["error"]["message"]
    assert [r["quotes"][0]["speaker"] for r in records if "error" not in r][:2] == ["Jan Weber", "Lena Vogt"]
    assert result.exit_code == 1 and result.stderr.count("robots.txt") == 1
    ignored = runner.invoke(
        app, ["analyze", f"{a.base}/private/3.html", "--ignore-robots", "--format", "json", *CLI_PRIVATE]
    )
    assert ignored.exit_code == 0 and json.loads(ignored.stdout)["quotes"]


def test_cli_feed_that_fails_is_an_error_record(fresh):
    a, _ = fresh
    result = runner.invoke(
        app, ["analyze", "--feed", f"{a.base}/missing.html", "--format", "jsonl", *CLI_PRIVATE]
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1 and len(records) == 1 and "HTTP 404" in records[0]["error"]["message"]


def test_cli_skip_existing_with_sqlite_resumes_a_crawl(fresh, tmp_path):
    a, _ = fresh
    db = str(tmp_path / "crawl.db")
    first = runner.invoke(
        app,
        [
            "analyze",
            f"{a.base}/news/1.html",
            f"{a.base}/news/2.html",
            "--sqlite",
            db,
            "--format",
            "jsonl",
            *CLI_PRIVATE,
        ],
    )
    assert first.exit_code == 0 and len(first.stdout.splitlines()) == 2
    a.reset()
    again = runner.invoke(
        app,
        [
            "analyze",
            "--feed",
            f"{a.base}/feed.xml",
            "--sqlite",
            db,
            "--skip-existing",
            "--format",
            "jsonl",
            "--ignore-robots",
            *CLI_PRIVATE,
        ],
    )
    records = [json.loads(line) for line in again.stdout.splitlines()]
    assert [r["input"]["url"] for r in records] == [f"{a.base}/private/3.html"]
    assert a.hits["/news/1.html"] == 0 and a.hits["/news/2.html"] == 0
    assert "skipped 2" in again.stderr and again.exit_code == 0


def test_cli_skip_existing_knows_a_redirected_url_by_the_url_asked_for(fresh, tmp_path):
    a, _ = fresh
    db = str(tmp_path / "crawl.db")
    args = ["analyze", f"{a.base}/moved/5.html", "--sqlite", db, "--format", "jsonl", *CLI_PRIVATE]
    first = runner.invoke(app, args)
    (record,) = [json.loads(line) for line in first.stdout.splitlines()]
    assert record["input"]["url"] == f"{a.base}/news/5.html"
    assert record["input"]["requested_url"] == f"{a.base}/moved/5.html"
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT source FROM articles").fetchall() == [(f"{a.base}/moved/5.html",)]
    a.reset()
    again = runner.invoke(app, [*args, "--skip-existing"])
    assert again.exit_code == 0 and again.stdout == "" and "skipped 1" in again.stderr
    assert a.hits["/moved/5.html"] == 0 and a.hits["/news/5.html"] == 0


def test_a_url_that_did_not_redirect_has_no_requested_url(fresh):
    a, _ = fresh
    result = runner.invoke(app, ["analyze", f"{a.base}/news/5.html", "--format", "jsonl", *CLI_PRIVATE])
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["input"]["url"] == f"{a.base}/news/5.html" and "requested_url" not in record["input"]


def test_cli_skip_existing_needs_a_store():
    result = runner.invoke(app, ["analyze", "x.txt", "--skip-existing", "--format", "jsonl"])
    assert result.exit_code == 2 and "--skip-existing needs" in result.stderr


def test_cli_cache_makes_a_second_run_offline(fresh, tmp_path):
    a, _ = fresh
    args = [
        "analyze",
        f"{a.base}/news/4.html",
        "--cache",
        str(tmp_path / "pages"),
        "--format",
        "json",
        *CLI_PRIVATE,
    ]
    first = runner.invoke(app, args)
    a.reset()
    second = runner.invoke(app, args)
    assert first.stdout == second.stdout and json.loads(second.stdout)["quotes"]
    assert sum(a.hits.values()) == 0


def test_interrupting_the_consumer_stops_downloads_quickly(fresh):
    a, _ = fresh
    a.gate.clear()
    with downloader(threads=2) as d:
        records = batch.run(
            [f"{a.base}/news/1.html", f"{a.base}/gate/2.html", f"{a.base}/gate/3.html"],
            local_options(),
            jobs=1,
            downloader=d,
        )
        assert next(records)["quotes"]
        records.close()  # the consumer stops: no hang on the downloads still waiting
    a.gate.set()


def test_closing_the_downloader_ends_waits_for_a_host_at_once(fresh):
    a, _ = fresh
    d = downloader(robots=False)
    d.gate.hold(f"http://127.0.0.1:{a.server_address[1]}", 60)  # as after a Retry-After of a minute
    waiting, queued = d.submit(f"{a.base}/news/1.html"), d.submit(f"{a.base}/news/2.html")
    d.close()
    for future in (waiting, queued):
        with pytest.raises(FetchError, match="cancelled"):
            future.result(timeout=5)
    assert a.hits["/news/1.html"] == 0


def test_robots_txt_answering_5xx_forbids_and_a_refused_address_says_why(fresh):
    a, _ = fresh
    broken = start(503)
    try:
        with (
            downloader(retries=1) as d,
            pytest.raises(FetchError, match=r"robots.txt could not be read \(.*HTTP 503"),
        ):
            d.get(f"{broken.base}/news/1.html")
        assert broken.hits["/robots.txt"] == 2 and broken.hits["/news/1.html"] == 0
    finally:
        broken.shutdown()
        broken.server_close()
    if PRIVATE:  # without the permission the loopback is refused, and that is what the error says
        from newsscan.model import Options

        with (
            Downloader(Options(timeout=5), FetchPolicy(retries=0)) as d,
            pytest.raises(FetchError, match="non-public address"),
        ):
            d.get(f"{a.base}/news/1.html")


def test_cli_skip_existing_with_a_foreign_database_is_a_usage_error(tmp_path):
    import sqlite3

    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE articles (name TEXT)")
    con.commit()
    con.close()
    result = runner.invoke(
        app, ["analyze", str(tmp_path), "--sqlite", str(db), "--skip-existing", "-f", "jsonl"]
    )
    assert result.exit_code == 2 and "no source and content_hash columns" in result.stderr


def test_analyze_many_fetches_through_the_download_pool(fresh):
    import newsscan

    a, _ = fresh
    options = local_options(timeout=5)
    records = list(
        newsscan.analyze_many(
            [f"{a.base}/news/1.html", f"{a.base}/private/3.html"],
            options=options,
            policy=FetchPolicy(retries=0),
        )
    )
    assert records[0]["quotes"] and "disallowed by robots.txt" in records[1]["error"]["message"]
    assert a.hits["/robots.txt"] == 1 and a.hits["/private/3.html"] == 0
