//! The HTML report as a browser draws it. `reckon run examples/archive --html` writes the report;
//! headless Chromium loads a copy with a probe script appended (the report itself has no script)
//! that reads back the layout the browser computed: every chart, marker, band, axis label and
//! findings link, as JSON in the dumped DOM. A screenshot of the report itself is decoded and the
//! pixel under every marker in view is checked to carry the marker's colour. Expected counts come
//! from the `series.jsonl` and `findings.jsonl` of the same run, never from constants.
//!
//! The browser: `RECKON_CHROMIUM` if set (then it must work), else the first of `chromium`,
//! `chromium-browser`, `google-chrome`, `google-chrome-stable`, `chrome` on PATH. Without one the
//! test prints "skipped: no Chromium" and passes. `RECKON_UPDATE_SCREENSHOT=1` also writes the
//! charts part of the screenshot to docs/img/report.png (the README's picture).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::{run, run_claims, run_quiet, sample, tempdir};

const NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];
/// The viewport, in CSS pixels (the screenshot is taken at device scale 1).
const VIEW_W: u32 = 1200;
const VIEW_H: u32 = 3000;
/// Rows of the screenshot kept for the README.
const README_ROWS: u32 = 1300;
const BROWSER_TIMEOUT: Duration = Duration::from_secs(90);

/// The probe: measures what the browser laid out and writes it as JSON into `#probe`.
/// Non-ASCII and `<>&` are `\u` escapes, so the DOM serialiser leaves the JSON untouched.
const PROBE: &str = r##"<script>
(function () {
  const box = (e) => { const r = e.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height }; };
  const inside = (a, b) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 &&
    a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
  const out = { viewport: innerWidth, page_width: document.documentElement.scrollWidth,
    series_top: box(document.getElementById('series')).y, charts: [], findings: [], checks: document.querySelectorAll('tr.check').length, overflow: [] };
  for (const svg of document.querySelectorAll('svg.chart')) {
    const b = box(svg);
    const markers = [...svg.querySelectorAll('circle.pt')].map((c) => {
      const m = box(c), st = getComputedStyle(c);
      return { x: m.x, y: m.y, w: m.w, h: m.h, inside: inside(m, b), fill: st.fill,
        opacity: parseFloat(st.fillOpacity) * parseFloat(st.opacity), flagged: c.classList.contains('flagged'), stroke: st.stroke };
    });
    const bands = [...svg.querySelectorAll('rect.band')].map((r) => {
      const m = box(r); return { w: m.w, h: m.h, inside: inside(m, b) }; });
    const trend = svg.querySelector('polyline.trend');
    const labels = [...svg.querySelectorAll('text.tick')].map((t) => ({ b: box(t), x_axis: t.getAttribute('text-anchor') === 'middle' }));
    const xl = labels.filter((l) => l.x_axis).map((l) => l.b).sort((p, q) => p.x - q.x);
    let overlap = 0;
    for (let i = 1; i < xl.length; i++) if (xl[i].x < xl[i - 1].x + xl[i - 1].w) overlap++;
    out.charts.push({ series: svg.dataset.series, box: b, markers, bands,
      trend_length: trend ? trend.getTotalLength() : null,
      labels: labels.length, labels_outside: labels.filter((l) => !inside(l.b, b)).length,
      x_labels_overlapping: overlap });
  }
  for (const tr of document.querySelectorAll('table.findings tr.finding')) {
    const links = [...tr.querySelectorAll('a[href^="#"]')].map((a) => {
      const t = document.getElementById(a.getAttribute('href').slice(1));
      return { href: a.getAttribute('href'), target_class: t ? t.className : null,
        target_text: t ? t.textContent : null, target_after_articles: !!t &&
          !!(document.getElementById('articles').compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) };
    });
    out.findings.push({ links });
  }
  for (const e of document.querySelectorAll('td, h1, h2, h3, .meta, .sentence'))
    if (e.scrollWidth > e.clientWidth + 1) out.overflow.push(e.tagName + ': ' + e.textContent.slice(0, 60));
  const pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out).replace(/[<>&\u007f-\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  document.body.appendChild(pre);
})();
</script>"##;

/// The browser to use, or None (with the reason) when the test must be skipped.
fn browser() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("RECKON_CHROMIUM") {
        let p = PathBuf::from(p);
        let status = Command::new(&p)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        assert!(
            matches!(status, Ok(s) if s.success()),
            "RECKON_CHROMIUM={} does not run",
            p.display()
        );
        return Ok(p);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in NAMES {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if !p.is_file() {
                continue;
            }
            // A stub (e.g. a package that only points at a snap) is as good as no browser.
            let ok = Command::new(&p)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if ok {
                return Ok(p);
            }
            return Err(format!("{} does not run", p.display()));
        }
    }
    Err(format!(
        "none of {NAMES:?} on PATH and RECKON_CHROMIUM unset"
    ))
}

/// Runs headless Chromium on `page` with `extra` flags, stdout to `out`; kills it (its whole
/// process group) after the timeout.
fn chromium(browser: &Path, profile: &Path, page: &Path, extra: &[String], out: &Path) {
    use std::os::unix::process::CommandExt;
    let mut c = Command::new(browser);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-extensions",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--mute-audio",
        "--force-device-scale-factor=1",
        &format!("--window-size={VIEW_W},{VIEW_H}"),
        &format!("--user-data-dir={}", profile.display()),
    ])
    .args(extra)
    .arg(format!("file://{}", page.display()))
    .stdin(Stdio::null())
    .stdout(std::fs::File::create(out).expect("browser output file"))
    .stderr(Stdio::null())
    .process_group(0);
    let mut child = c.spawn().expect("Chromium starts");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for Chromium") {
            assert!(status.success(), "Chromium failed: {status}");
            return;
        }
        if start.elapsed() > BROWSER_TIMEOUT {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.wait();
            panic!(
                "Chromium took over {BROWSER_TIMEOUT:?} on {}",
                page.display()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSONL line"))
        .collect()
}

/// Points the report can draw: dated, with a value.
fn drawable(points: &[Value]) -> Vec<&Value> {
    points
        .iter()
        .filter(|p| {
            p["date"].is_string()
                && (p["value"]["low"].is_object() || p["value"]["high"].is_object())
        })
        .collect()
}

/// `rgb(31, 119, 180)` -> [31, 119, 180].
fn rgb(css: &str) -> [u8; 3] {
    let inner = css
        .strip_prefix("rgb(")
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or_else(|| panic!("not an rgb() colour: {css}"));
    let v: Vec<u8> = inner
        .split(',')
        .map(|c| c.trim().parse().expect("colour channel"))
        .collect();
    [v[0], v[1], v[2]]
}

struct Image {
    width: u32,
    height: u32,
    rgb: Vec<u8>,
}

impl Image {
    fn decode(path: &Path) -> Image {
        let file = std::fs::File::open(path).expect("screenshot exists");
        let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        let mut reader = decoder.read_info().expect("screenshot is a PNG");
        let mut buf = vec![0; reader.output_buffer_size().expect("size")];
        let info = reader.next_frame(&mut buf).expect("PNG frame");
        let channels = info.color_type.samples();
        assert!(channels >= 3, "screenshot in colour");
        let rgb = buf[..info.buffer_size()]
            .chunks(channels)
            .flat_map(|px| [px[0], px[1], px[2]])
            .collect();
        Image {
            width: info.width,
            height: info.height,
            rgb,
        }
    }

    fn at(&self, x: u32, y: u32) -> [u8; 3] {
        let i = ((y * self.width + x) * 3) as usize;
        [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
    }

    /// Writes `rows` rows from `top` as an RGB PNG, high compression.
    fn write_rows(&self, path: &Path, top: u32, rows: u32) {
        let top = top.min(self.height);
        let rows = rows.min(self.height - top);
        let file = std::fs::File::create(path).expect("create screenshot");
        let mut e = png::Encoder::new(std::io::BufWriter::new(file), self.width, rows);
        e.set_color(png::ColorType::Rgb);
        e.set_depth(png::BitDepth::Eight);
        e.set_compression(png::Compression::High);
        e.set_filter(png::Filter::Adaptive);
        let mut w = e.write_header().expect("PNG header");
        let row = (self.width * 3) as usize;
        w.write_image_data(&self.rgb[top as usize * row..(top + rows) as usize * row])
            .expect("PNG data");
    }
}

#[test]
fn report_renders_in_chromium() {
    let browser = match browser() {
        Ok(b) => b,
        Err(why) => {
            eprintln!("skipped: no Chromium ({why}); set RECKON_CHROMIUM to a Chromium binary");
            return;
        }
    };
    let dir = tempdir();
    let out = dir.path().join("out");
    let report = dir.path().join("report.html");
    let sample = sample();
    let r = run(
        &[
            "run",
            sample.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
            "--html",
            report.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let series = jsonl(&out.join("series.jsonl"));
    let findings = jsonl(&out.join("findings.jsonl"));
    assert!(!series.is_empty(), "the sample has series");

    // The probe: the report plus the measuring script, in the same folder.
    let html = std::fs::read_to_string(&report).expect("report written");
    assert!(!html.contains("<script"), "the report itself has no script");
    let probe = dir.path().join("probe.html");
    std::fs::write(&probe, html.replace("</body>", &format!("{PROBE}</body>"))).unwrap();
    let dom = dir.path().join("dom.html");
    chromium(
        &browser,
        &dir.path().join("profile-dom"),
        &probe,
        &["--dump-dom".into()],
        &dom,
    );
    let dom = std::fs::read_to_string(&dom).expect("dumped DOM");
    let json = dom
        .split_once("<pre id=\"probe\">")
        .and_then(|(_, t)| t.split_once("</pre>"))
        .unwrap_or_else(|| {
            panic!(
                "the probe did not run; DOM starts {:?}",
                &dom[..dom.len().min(300)]
            )
        })
        .0;
    let m: Value = serde_json::from_str(json).expect("probe JSON");

    // Layout: nothing wider than the window, no cell or heading overflowing.
    assert!(
        m["page_width"].as_f64() <= m["viewport"].as_f64(),
        "page scrolls sideways: {} > {}",
        m["page_width"],
        m["viewport"]
    );
    assert_eq!(m["overflow"], serde_json::json!([]), "overflowing elements");

    // Charts: one per series with drawable points (the report charts at most 40).
    let charts = m["charts"].as_array().expect("charts");
    let expected: Vec<(&str, &Value)> = series
        .iter()
        .filter(|s| !drawable(s["points"].as_array().unwrap()).is_empty())
        .map(|s| (s["key"].as_str().unwrap(), s))
        .collect();
    if expected.len() <= 40 {
        let mut want: Vec<&str> = expected.iter().map(|e| e.0).collect();
        let mut got: Vec<&str> = charts
            .iter()
            .map(|c| c["series"].as_str().unwrap())
            .collect();
        want.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, want, "one chart per series");
    } else {
        assert_eq!(charts.len(), 40);
    }
    let mut in_view = 0;
    let image_path = dir.path().join("report.png");
    chromium(
        &browser,
        &dir.path().join("profile-shot"),
        &report,
        &[format!("--screenshot={}", image_path.display())],
        &dir.path().join("shot.log"),
    );
    let image = Image::decode(&image_path);
    assert_eq!((image.width, image.height), (VIEW_W, VIEW_H));
    // (document, claim) of every piece of evidence of a finding.
    let cited: std::collections::BTreeSet<(&str, u64)> = findings
        .iter()
        .flat_map(|f| f["evidence"].as_array().unwrap())
        .map(|e| (e["doc_id"].as_str().unwrap(), e["claim"].as_u64().unwrap()))
        .collect();
    for c in charts {
        let key = c["series"].as_str().unwrap();
        let s = expected
            .iter()
            .find(|e| e.0 == key)
            .unwrap_or_else(|| panic!("chart of an unknown series {key}"))
            .1;
        let points = drawable(s["points"].as_array().unwrap());
        let (b, markers, bands) = (
            &c["box"],
            c["markers"].as_array().unwrap(),
            c["bands"].as_array().unwrap(),
        );
        assert!(
            b["w"].as_f64().unwrap() > 300.0 && b["h"].as_f64().unwrap() > 100.0,
            "{key}: chart box {b}"
        );
        assert_eq!(markers.len(), points.len(), "{key}: one marker per claim");
        assert_eq!(bands.len(), points.len(), "{key}: one band per claim");
        // Findings are marked: as many red-ringed markers as points a finding cites.
        let cited = points
            .iter()
            .filter(|p| {
                cited.contains(&(
                    p["evidence"]["doc_id"].as_str().unwrap(),
                    p["evidence"]["claim"].as_u64().unwrap(),
                ))
            })
            .count();
        let ringed: Vec<&Value> = markers.iter().filter(|mk| mk["flagged"] == true).collect();
        assert_eq!(
            ringed.len(),
            cited,
            "{key}: one ringed marker per cited point"
        );
        for mk in ringed {
            let [r, g, b] = rgb(mk["stroke"].as_str().unwrap());
            assert!(
                r > 150 && g < 80 && b < 80,
                "{key}: a flagged marker's ring is not red: {mk}"
            );
        }
        for mk in markers {
            assert_eq!(mk["inside"], true, "{key}: marker outside its chart: {mk}");
            assert!(
                mk["w"].as_f64().unwrap() >= 6.0,
                "{key}: marker too small: {mk}"
            );
        }
        for band in bands {
            assert_eq!(
                band["inside"], true,
                "{key}: band outside its chart: {band}"
            );
            assert!(
                band["h"].as_f64().unwrap() > 0.0 && band["w"].as_f64().unwrap() > 0.0,
                "{key}: empty band {band}"
            );
        }
        let dates: std::collections::BTreeSet<&str> = points
            .iter()
            .filter(|p| p["prior"] != true)
            .map(|p| p["date"].as_str().unwrap())
            .collect();
        if dates.len() > 1 {
            assert!(
                c["trend_length"].as_f64().unwrap_or(0.0) > 0.0,
                "{key}: no trend line"
            );
        }
        assert!(c["labels"].as_u64().unwrap() >= 2, "{key}: no axis labels");
        assert_eq!(
            c["labels_outside"], 0,
            "{key}: axis labels outside the chart"
        );
        assert_eq!(c["x_labels_overlapping"], 0, "{key}: date labels overlap");

        // The screenshot: the pixel at the centre of each marker in view has the marker's colour.
        for mk in markers {
            let (cx, cy) = (
                mk["x"].as_f64().unwrap() + mk["w"].as_f64().unwrap() / 2.0,
                mk["y"].as_f64().unwrap() + mk["h"].as_f64().unwrap() / 2.0,
            );
            if cy >= f64::from(VIEW_H) - 8.0 {
                continue;
            }
            in_view += 1;
            let px = image.at(cx as u32, cy as u32);
            let fill = rgb(mk["fill"].as_str().unwrap());
            let chroma = |p: [u8; 3]| p.iter().max().unwrap() - p.iter().min().unwrap();
            if mk["opacity"].as_f64().unwrap() >= 0.99 {
                let d = px
                    .iter()
                    .zip(fill)
                    .map(|(a, b)| a.abs_diff(b))
                    .max()
                    .unwrap();
                assert!(
                    d <= 40,
                    "{key}: pixel {px:?} at ({cx}, {cy}) is not the marker's {fill:?}"
                );
            } else {
                assert!(
                    chroma(px) >= 30,
                    "{key}: faded marker not drawn at ({cx}, {cy}): {px:?}"
                );
            }
        }
    }
    assert!(
        in_view > 0,
        "no chart marker in the screenshot's {VIEW_H} rows"
    );
    // Not blank: a good share of the page is ink, and not one flat colour.
    let ink = image
        .rgb
        .chunks(3)
        .filter(|p| p.iter().any(|&c| c < 200))
        .count();
    let share = ink as f64 / f64::from(VIEW_W * VIEW_H);
    assert!(
        share > 0.01,
        "screenshot nearly blank: {:.3}% ink",
        share * 100.0
    );

    // Findings: one row per finding, each evidence link landing on the cited sentence.
    let rows = m["findings"].as_array().unwrap();
    assert_eq!(rows.len(), findings.len(), "one row per finding");
    for (row, f) in rows.iter().zip(&findings) {
        let links = row["links"].as_array().unwrap();
        let evidence = f["evidence"].as_array().unwrap();
        assert_eq!(links.len(), evidence.len(), "one link per evidence: {row}");
        for (l, e) in links.iter().zip(evidence) {
            assert_eq!(
                l["target_class"], "sentence",
                "dangling or misplaced link {l}"
            );
            assert_eq!(
                l["target_after_articles"], true,
                "link target outside the articles: {l}"
            );
            let text = e["text"].as_str().unwrap();
            assert!(
                l["target_text"].as_str().unwrap().contains(text),
                "link {} lands on a sentence without “{text}”",
                l["href"]
            );
        }
    }

    eprintln!(
        "html_render: {} charts, {} markers ({} ringed, {in_view} checked in the screenshot), {} finding rows, {} browser",
        charts.len(),
        charts
            .iter()
            .map(|c| c["markers"].as_array().unwrap().len())
            .sum::<usize>(),
        charts
            .iter()
            .flat_map(|c| c["markers"].as_array().unwrap())
            .filter(|mk| mk["flagged"] == true)
            .count(),
        rows.len(),
        browser.display()
    );
    if std::env::var_os("RECKON_UPDATE_SCREENSHOT").is_some() {
        let dest = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/img/report.png");
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        // The README shows the charts: from the Series heading down.
        let top = m["series_top"].as_f64().unwrap() as u32;
        image.write_rows(&dest, top.saturating_sub(16), README_ROWS);
        eprintln!("wrote {}", dest.display());
    }
}

/// Runs the binary with `args` and fails the test (killing it) when it takes longer than `limit`:
/// the bugs guarded here were endless loops.
fn run_within(args: &[&str], limit: Duration) -> (i32, String) {
    let mut child = crate::util::reckon()
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("reckon runs");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut err = String::new();
            use std::io::Read;
            let _ = child
                .stderr
                .take()
                .expect("stderr")
                .read_to_string(&mut err);
            return (status.code().unwrap_or(-1), err);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("reckon {args:?} did not finish in {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The `viewBox`-bounded numbers of every chart stay finite, and the gridlines are few.
fn assert_sane_charts(html: &str) {
    assert!(html.ends_with("</html>\n"), "a complete report");
    for bad in ["\"inf", "\"-inf", ",inf", ",-inf", "NaN"] {
        assert!(!html.contains(bad), "no non-finite coordinate ({bad})");
    }
    for chart in html.split("<svg class=\"chart\"").skip(1) {
        let chart = &chart[..chart.find("</svg>").expect("closed chart")];
        assert!(chart.matches("class=\"grid\"").count() <= 12, "{chart}");
    }
}

#[test]
fn html_report_finishes_with_figures_near_the_largest_float() {
    let tmp = tempdir();
    let lines = [
        r#"{"id":"a","date":"2025-07-07","text":"9e307 people were killed in Gaza."}"#,
        r#"{"id":"b","date":"2025-07-08","text":"1.7e308 people were killed in Gaza."}"#,
        r#"{"id":"c","date":"2025-07-09","text":"Between 9e307 and 1.7e308 people were killed in Gaza."}"#,
    ];
    let input = tmp.path().join("big.jsonl");
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let (out, html) = (tmp.path().join("out"), tmp.path().join("report.html"));
    let (code, err) = run_within(
        &[
            "run",
            input.to_str().unwrap(),
            "-q",
            "-o",
            "/dev/null",
            "--out-dir",
            out.to_str().unwrap(),
            "--html",
            html.to_str().unwrap(),
        ],
        Duration::from_secs(60),
    );
    assert_eq!(code, 0, "{err}");
    assert_sane_charts(&std::fs::read_to_string(&html).unwrap());
    // The same claims through `reckon reconcile --html`.
    let html2 = tmp.path().join("reconciled.html");
    let (code, err) = run_within(
        &[
            "reconcile",
            out.join("claims.jsonl").to_str().unwrap(),
            "--html",
            html2.to_str().unwrap(),
        ],
        Duration::from_secs(60),
    );
    assert_eq!(code, 0, "{err}");
    assert_sane_charts(&std::fs::read_to_string(&html2).unwrap());
}

#[test]
fn reconcile_html_survives_a_claim_whose_span_is_reversed() {
    let tmp = tempdir();
    let input = tmp.path().join("a.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"a\",\"date\":\"2025-07-07\",\"text\":\"Officials said 57 people were killed in Gaza.\"}\n",
    )
    .unwrap();
    let claims = std::fs::read_to_string(run_claims(&input, &tmp.path().join("out"))).unwrap();
    let mut rec: Value = serde_json::from_str(claims.lines().next().expect("a claim")).unwrap();
    let span = &mut rec["claim"]["quantity"]["span"];
    let (start, end) = (span["start"].clone(), span["end"].clone());
    span["start"] = end;
    span["end"] = start;
    let bad = tmp.path().join("bad.jsonl");
    std::fs::write(&bad, format!("{rec}\n")).unwrap();
    let html = tmp.path().join("r.html");
    let (code, err) = run_within(
        &[
            "reconcile",
            bad.to_str().unwrap(),
            "--html",
            html.to_str().unwrap(),
        ],
        Duration::from_secs(60),
    );
    assert_eq!(code, 0, "no panic: {err}");
    // reconcile reports the line as bad (naming file and line) and leaves it out; the report
    // is still written
    assert!(err.contains("bad.jsonl:1"), "{err}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("</html>"), "a complete page");
}

#[test]
fn html_anchors_of_different_ids_differ() {
    let tmp = tempdir();
    let text = "Officials said 57 people were killed in Gaza on Monday.";
    let lines: String = ["wire/gaza.txt", "wire-gaza.txt"]
        .iter()
        .map(|id| {
            format!(
                "{}\n",
                serde_json::json!({"id": id, "date": "2025-07-07", "text": text})
            )
        })
        .collect();
    let input = tmp.path().join("a.jsonl");
    std::fs::write(&input, lines).unwrap();
    let html = tmp.path().join("r.html");
    let r = run_quiet(
        &input,
        &[
            "--html",
            html.to_str().unwrap(),
            // the two articles share their text: both cited, not one a copy of the other
            "--keep-duplicates",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let page = std::fs::read_to_string(&html).unwrap();
    let ids: Vec<&str> = page
        .split("class=\"sentence\" id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(ids.len(), 2, "one cited sentence per document: {ids:?}");
    assert_ne!(ids[0], ids[1]);
    for id in ids {
        assert!(page.contains(&format!("href=\"#{id}\"")), "{id} is linked");
    }
}
