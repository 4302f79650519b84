// All text meets WCAG 2.1 AA contrast (issue 14, point 10): 4.5:1, or 3:1 for large text
// (at least 24 px, or at least 18.66 px bold). Three sources of (text, background) pairs:
//  - every style sheet in the source (string literals in app/ and exercises/, and the app-wide
//    sheet in resources/style): a rule's "color" against its "background"; a colour without a
//    background against the window; a background of styled text without a colour against the
//    default text colour. Disabled states are left out (WCAG exempts inactive controls);
//  - the big exercise buttons (ScreenLook::bigButton) of every colour the source gives them,
//    read back from the live, polished widgets' palettes;
//  - the application palette of Theme::apply (window text, text, button text, highlighted text);
//  - every look's named colour roles (ThemePalette::Role): each text role on each ground role.
// The style sheets are checked in every look (light, dark, high contrast), as ThemePalette::adapt
// turns them into it when the widgets show (issue 14, point 11).
// A failure names the file and line (or the widget) and the pair.

#include "exercises/framework/view/screenlook.h"
#include "ui/shell/settingspanel.h"
#include "ui/shell/theme.h"
#include "ui/shell/uisettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QStandardPaths>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace stages;

namespace {

/// WCAG 2.1 relative luminance.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// WCAG 2.1 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// What text stands on and is drawn in where a style sheet does not say (Theme::apply).
const QColor kWindow(QStringLiteral("#F3F6FA"));
const QColor kDefaultText(QStringLiteral("#263238"));

/// A concrete colour in a style value ("#1E88E5", "white"), or invalid for "%1", gradients,
/// rgba(), "transparent" and the like, which this check cannot judge.
QColor colourOf(const QString &value)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?$"));
    static const QRegularExpression word(QStringLiteral("^[a-z]+$"));
    const QString v = value.trimmed().split(QLatin1Char(' ')).first();
    if (hex.match(v).hasMatch() || (word.match(v).hasMatch() && v != QLatin1String("transparent")
                                     && v != QLatin1String("none") && v != QLatin1String("palette")))
        return QColor(v);
    return {};
}

struct Declarations
{
    QString selector;
    QHash<QString, QString> values;
};

/// The rules of a style sheet; a sheet of bare declarations ("color: red; font-size: 20px") is
/// one rule without a selector.
QList<Declarations> rulesOf(const QString &sheet)
{
    auto parse = [](const QString &selector, const QString &body) {
        Declarations d { selector.trimmed(), {} };
        for (const QString &decl : body.split(QLatin1Char(';'))) {
            const qsizetype colon = decl.indexOf(QLatin1Char(':'));
            if (colon > 0)
                d.values.insert(decl.left(colon).trimmed().toLower(), decl.mid(colon + 1).trimmed());
        }
        return d;
    };
    QList<Declarations> rules;
    if (!sheet.contains(QLatin1Char('{')))
        return { parse(QString(), sheet) };
    static const QRegularExpression rule(QStringLiteral("([^{}]*)\\{([^{}]*)\\}"));
    for (auto it = rule.globalMatch(sheet); it.hasNext();) {
        const auto m = it.next();
        rules.append(parse(m.captured(1), m.captured(2)));
    }
    return rules;
}

struct Finding
{
    QString where;
    QColor text;
    QColor background;
    bool large = false;
    QString note;
};

/// Whether text of these declarations is large in WCAG's sense.
bool isLarge(const QHash<QString, QString> &values)
{
    static const QRegularExpression size(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(px|pt)$"));
    const auto m = size.match(values.value(QStringLiteral("font-size")));
    if (!m.hasMatch())
        return false;
    double px = m.captured(1).toDouble();
    if (m.captured(2) == QLatin1String("pt"))
        px *= 96.0 / 72.0;
    const QString weight = values.value(QStringLiteral("font-weight"));
    const bool bold = weight == QLatin1String("bold") || weight.toInt() >= 600;
    return px >= 24.0 || (bold && px >= 18.66);
}

QList<Finding> pairsOf(const QString &sheet, const QString &where, const QColor &window = kWindow,
                       const QColor &defaultText = kDefaultText)
{
    QList<Finding> found;
    for (const Declarations &rule : rulesOf(sheet)) {
        if (rule.selector.contains(QLatin1String(":disabled")))
            continue;
        const QString at = rule.selector.isEmpty() ? where : where + QStringLiteral(" ") + rule.selector;
        const bool large = isLarge(rule.values);
        QColor text = colourOf(rule.values.value(QStringLiteral("color")));
        QColor background = colourOf(rule.values.value(QStringLiteral("background-color")));
        if (!background.isValid())
            background = colourOf(rule.values.value(QStringLiteral("background")));
        const bool styledText = rule.values.contains(QStringLiteral("font-size"))
            || rule.values.contains(QStringLiteral("font-weight"));
        if (text.isValid() && background.isValid())
            found.append({ at, text, background, large, {} });
        else if (text.isValid() && !rule.values.contains(QStringLiteral("background"))
                 && !rule.values.contains(QStringLiteral("background-color")))
            found.append({ at, text, window, large, QStringLiteral("(on the window)") });
        else if (background.isValid() && styledText && !rule.values.contains(QStringLiteral("color")))
            found.append({ at, defaultText, background, large, QStringLiteral("(default text)") });
        const QColor selText = colourOf(rule.values.value(QStringLiteral("selection-color")));
        const QColor selBackground = colourOf(rule.values.value(QStringLiteral("selection-background-color")));
        if (selText.isValid() && selBackground.isValid())
            found.append({ at + QStringLiteral(" (selection)"), selText, selBackground, large, {} });
    }
    return found;
}

/// The string literals of a C++ file, adjacent ones joined as the compiler joins them (also across
/// ") QStringLiteral(" and "+"), each with the line it starts on.
QList<QPair<int, QString>> literalsOf(const QString &source)
{
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    static const QRegularExpression glue(QStringLiteral("^(?:\\s|\\)|\\+|QStringLiteral\\(|QLatin1String\\(|u8)*$"));
    QList<QPair<int, QString>> result;
    qsizetype lastEnd = -1;
    for (auto it = literal.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        // A quote inside a character literal ('"') would throw the pairing off; the sources have none
        // inside style sheets, and a stray one only makes a piece of code look like a literal.
        const QString text = m.captured(1);
        if (lastEnd >= 0 && glue.match(source.mid(lastEnd, m.capturedStart() - lastEnd)).hasMatch()
            && !result.isEmpty())
            result.last().second += text;
        else
            result.append({ int(source.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1, text });
        lastEnd = m.capturedEnd();
    }
    return result;
}

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("STAGES_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(STAGES_TEST_SOURCE_DIR) : dir;
}

QString describe(const Finding &f)
{
    return QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1 %6")
        .arg(f.where, f.text.name(), f.background.name())
        .arg(contrast(f.text, f.background), 0, 'f', 2)
        .arg(f.large ? 3.0 : 4.5, 0, 'f', 1)
        .arg(f.note);
}

QStringList failuresOf(const QList<Finding> &findings, bool report = true)
{
    QStringList failures;
    for (const Finding &f : findings) {
        if (contrast(f.text, f.background) < (f.large ? 3.0 : 4.5)) {
            failures.append(describe(f));
            if (report)
                qWarning().noquote() << failures.last(); // each on its own line: QFAIL cuts long text
        }
    }
    return failures;
}

} // namespace

class TestTextContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(*qApp, ThemePalette::Look::Light);
    }

    void ratiosAreWcag()
    {
        QCOMPARE(std::round(contrast(Qt::white, Qt::black) * 100) / 100, 21.0);
        // The pairs issue 14 measured.
        QCOMPARE(std::round(contrast(Qt::white, QColor(QStringLiteral("#FFB300"))) * 100) / 100, 1.79);
        QCOMPARE(std::round(contrast(Qt::white, QColor(QStringLiteral("#43A047"))) * 100) / 100, 3.30);
        QVERIFY(isLarge({ { QStringLiteral("font-size"), QStringLiteral("24px") } }));
        QVERIFY(isLarge({ { QStringLiteral("font-size"), QStringLiteral("19px") },
                          { QStringLiteral("font-weight"), QStringLiteral("bold") } }));
        QVERIFY(!isLarge({ { QStringLiteral("font-size"), QStringLiteral("19px") } }));
    }

    void scannerFindsPairs()
    {
        // The scanner sees a pair spread over joined literals, and skips what it cannot judge.
        const QString code = QStringLiteral(
            "w->setStyleSheet(QStringLiteral(\"QPushButton { background: #FFB300; \"\n"
            "                                \"color: white; font-size: 16px; }\"\n"
            "                                \"QPushButton:disabled { color: #EEEEEE; background: #FFFFFF; }\"));\n"
            "x->setStyleSheet(QStringLiteral(\"color: %1;\").arg(c));\n");
        const auto literals = literalsOf(code);
        QCOMPARE(literals.size(), 2);
        const QList<Finding> found = pairsOf(literals.first().second, QStringLiteral("f"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text, QColor(Qt::white));
        QCOMPARE(failuresOf(found, false).size(), 1);
        QVERIFY(pairsOf(literals.last().second, QStringLiteral("f")).isEmpty());
    }

    void styleSheetsInTheSource_data()
    {
        QTest::addColumn<int>("look");
        QTest::newRow("light") << int(ThemePalette::Look::Light);
        QTest::newRow("dark") << int(ThemePalette::Look::Dark);
        QTest::newRow("high contrast") << int(ThemePalette::Look::HighContrast);
    }

    void styleSheetsInTheSource()
    {
        QFETCH(int, look);
        const ThemePalette theme = ThemePalette::of(ThemePalette::Look(look));
        auto pairsIn = [&theme](const QString &sheet, const QString &where) {
            return pairsOf(theme.adapt(sheet), where, theme.window(), theme.text());
        };
        const QDir root(sourceDir());
        QVERIFY2(root.exists(QStringLiteral("app")), qPrintable(root.path()));
        QList<Finding> findings;
        int sheets = 0;
        for (const QString &folder : { QStringLiteral("app"), QStringLiteral("exercises"), QStringLiteral("resources") }) {
            QDirIterator it(root.filePath(folder), { QStringLiteral("*.cpp"), QStringLiteral("*.qss") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                const QString name = root.relativeFilePath(path);
                if (path.endsWith(QLatin1String(".qss"))) {
                    static const QRegularExpression comment(QStringLiteral("/\\*.*?\\*/"),
                                                            QRegularExpression::DotMatchesEverythingOption);
                    QString sheet = text;
                    sheet.remove(comment);
                    findings += pairsIn(sheet, name);
                    ++sheets;
                    continue;
                }
                for (const auto &[line, literal] : literalsOf(text)) {
                    if (!literal.contains(QLatin1String("color")) && !literal.contains(QLatin1String("background")))
                        continue;
                    const QList<Finding> found = pairsIn(literal, name + QLatin1Char(':') + QString::number(line));
                    sheets += found.isEmpty() ? 0 : 1;
                    findings += found;
                }
            }
        }
        qInfo("%d style sheets, %d text/background pairs checked", sheets, int(findings.size()));
        QVERIFY(findings.size() > 50); // the scan found the app's style sheets
        const QStringList failures = failuresOf(findings);
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 pairs below WCAG AA, see above").arg(failures.size())));
    }

    void rolePairs_data() { styleSheetsInTheSource_data(); }

    void rolePairs()
    {
        // Every look's text roles on every ground they stand on: a grey note, a green "saved", a red
        // error on the window, a card, a pale blue, green, amber or red card.
        QFETCH(int, look);
        const ThemePalette theme = ThemePalette::of(ThemePalette::Look(look));
        QList<Finding> findings;
        for (ThemePalette::Role text : ThemePalette::textRoles()) {
            for (ThemePalette::Role ground : ThemePalette::groundRoles())
                findings.append({ ThemePalette::nameOf(text) + QStringLiteral(" on ") + ThemePalette::nameOf(ground),
                                  theme.colour(text), theme.colour(ground), false, {} });
        }
        findings.append({ QStringLiteral("on accent on accent"), theme.onAccent(), theme.accent(), false, {} });
        // Borders and focus rings: 3:1 against the window (WCAG 1.4.11) for the accent.
        findings.append({ QStringLiteral("accent on window"), theme.accent(), theme.window(), true, {} });
        QCOMPARE(findings.size(), 44);
        const QStringList failures = failuresOf(findings);
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 pairs below WCAG AA, see above").arg(failures.size())));
        if (theme.look() != ThemePalette::Look::Light) {
            // The roles differ from the light look's where the light one would not read.
            QVERIFY(theme.window() != ThemePalette::of(ThemePalette::Look::Light).window()
                    || theme.look() == ThemePalette::Look::HighContrast);
        }
    }

    void bigButtons()
    {
        // The big exercise buttons get their colour as an argument: every colour the source
        // passes to ScreenLook::bigButton, on the live button.
        static const QRegularExpression call(
            QStringLiteral("bigButton\\([^;]*?QStringLiteral\\(\"(#[0-9A-Fa-f]{6})\"\\)"));
        const QDir root(sourceDir());
        QStringList failures;
        int buttons = 0;
        for (const QString &folder : { QStringLiteral("app"), QStringLiteral("exercises") }) {
            QDirIterator it(root.filePath(folder), { QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto m = call.globalMatch(text); m.hasNext();) {
                    const QString colour = m.next().captured(1);
                    QPushButton *button = ScreenLook::bigButton(QStringLiteral("Hint"), QStringLiteral("b"), colour, nullptr);
                    button->ensurePolished();
                    const Finding f { root.relativeFilePath(path) + QStringLiteral(" bigButton ") + colour,
                                      button->palette().color(QPalette::ButtonText),
                                      button->palette().color(QPalette::Button), true, {} };
                    delete button;
                    QCOMPARE(f.background, QColor(colour)); // the palette is the style sheet's
                    ++buttons;
                    failures += failuresOf({ f });
                }
            }
        }
        QVERIFY(buttons >= 8);
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 pairs below WCAG AA, see above").arg(failures.size())));
    }

    void applicationPalette_data()
    {
        QTest::addColumn<int>("look");
        QTest::newRow("light") << int(ThemePalette::Look::Light);
        QTest::newRow("dark") << int(ThemePalette::Look::Dark);
        QTest::newRow("high contrast") << int(ThemePalette::Look::HighContrast);
    }

    void applicationPalette()
    {
        // Every look's Qt palette, and the app-wide style sheet turned into that look (point 11).
        QFETCH(int, look);
        const ThemePalette theme = ThemePalette::of(ThemePalette::Look(look));
        Theme::apply(*qApp, ThemePalette::Look(look));
        const QList<Finding> sheetPairs = pairsOf(qApp->styleSheet(), QStringLiteral("stages.qss as ") + ThemePalette::keyOf(theme.look()),
                                                  theme.window(), theme.text());
        QVERIFY(sheetPairs.size() > 15);
        QStringList sheetFailures = failuresOf(sheetPairs);
        const QPalette p = qApp->palette();
        QCOMPARE(p.color(QPalette::Window), theme.window());
        const QList<Finding> pairs {
            { QStringLiteral("palette WindowText/Window"), p.color(QPalette::WindowText), p.color(QPalette::Window), false, {} },
            { QStringLiteral("palette Text/Base"), p.color(QPalette::Text), p.color(QPalette::Base), false, {} },
            { QStringLiteral("palette Text/AlternateBase"), p.color(QPalette::Text), p.color(QPalette::AlternateBase), false, {} },
            { QStringLiteral("palette ButtonText/Button"), p.color(QPalette::ButtonText), p.color(QPalette::Button), false, {} },
            { QStringLiteral("palette HighlightedText/Highlight"), p.color(QPalette::HighlightedText),
              p.color(QPalette::Highlight), false, {} },
            { QStringLiteral("palette PlaceholderText/Base"), p.color(QPalette::PlaceholderText), p.color(QPalette::Base), false, {} },
        };
        const QStringList failures = failuresOf(pairs) + sheetFailures;
        Theme::apply(*qApp, ThemePalette::Look::Light);
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 pairs below WCAG AA, see above").arg(failures.size())));
    }

    void settingsChooseTheLook()
    {
        // Staff choose the look and a larger text on the settings page: used at once, remembered.
        SettingsPanel panel(QStringLiteral("/tmp/x.sqlite"));
        panel.show();
        QComboBox *look = panel.lookBox();
        QVERIFY(look);
        look->setFocus();
        const int dark = look->findData(QStringLiteral("dark"));
        QVERIFY(dark >= 0);
        look->setCurrentIndex(dark);
        emit look->activated(dark); // as when picked from the list
        QCOMPARE(UiSettings::look(), QStringLiteral("dark"));
        QCOMPARE(qApp->palette().color(QPalette::Window), ThemePalette::of(ThemePalette::Look::Dark).window());
        const qreal before = QFontInfo(qApp->font()).pointSizeF();
        QTest::mouseClick(panel.largerTextBox(), Qt::LeftButton, {}, QPoint(8, panel.largerTextBox()->height() / 2));
        QVERIFY(UiSettings::largerText());
        QVERIFY(QFontInfo(qApp->font()).pointSizeF() > before * 1.2);
        QVERIFY(qApp->styleSheet().contains(QLatin1String("font-size: 38px"))); // 30 px titles
        UiSettings::setLook(QStringLiteral("light"));
        UiSettings::setLargerText(false);
        Theme::apply(*qApp);
        QCOMPARE(qApp->palette().color(QPalette::Window), ThemePalette::of(ThemePalette::Look::Light).window());
    }
};

QTEST_MAIN(TestTextContrast)
#include "tst_textcontrast.moc"
