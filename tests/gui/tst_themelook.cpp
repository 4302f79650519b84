// The chosen look reaches every widget (issue 14, point 11):
//  - the style sheets widgets set on themselves, written in light colours, turn into the dark and
//    high-contrast looks when shown, when set again later, and when the look changes;
//  - with "as the system", a change of the system's palette while the program runs is followed;
//  - "Larger text" scales the staff screens' sheets and sized fonts, and leaves the pupils' screens
//    (already big type, laid out for 1024x600) at their size;
//  - in the dark look no main screen (the pupil's home, each domain's map, a task of every task
//    type, the instruments, every teacher page) shows a large near-white area, which a widget
//    keeping a light colour would. With STAGES_SHOT_DIR set, the screens are saved there as
//    theme-dark-*.png and theme-highcontrast-*.png.

#include "guifixture.h"

#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/exercisescreen.h"
#include "exercises/framework/view/stagemapwidget.h"
#include "exercises/framework/view/taskscreen.h"
#include "exercises/music/view/instrumentspage.h"
#include "ui/pupil/pupilhome.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"
#include "ui/shell/themefollower.h"
#include "ui/signin/avatarchoicepage.h"
#include "ui/signin/classchoicepage.h"
#include "ui/signin/picturepasswordpage.h"
#include "ui/signin/signinflow.h"
#include "ui/signin/staffsigninpage.h"
#include "ui/signin/startpage.h"
#include "ui/teacher/artifactrowsview.h"
#include "ui/teacher/teacherarea.h"
#include "ui/widgets/picturepasswordinput.h"
#include "ui/widgets/sidebar.h"
#include "ui/widgets/tilebutton.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace stages;
using namespace stages::test;

namespace {

/// Widgets whose white is their meaning, not a light look kept: the drawing paper of the points
/// canvas, the uncoloured squares of the symmetry picture, the piano's white keys.
bool isPaper(const QWidget *w)
{
    return w->inherits("stages::geometry::PointsCanvas") || w->inherits("stages::geometry::SymmetryGridWidget")
        || w->inherits("stages::music::PianoWidget");
}

/// The share of @p window's pixels that are near-white (all channels above 225), paper left out.
double nearWhiteShare(QWidget *window, const QImage &image)
{
    QImage img = image.convertToFormat(QImage::Format_RGB32);
    {
        QPainter mask(&img);
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (w->isVisible() && isPaper(w))
                mask.fillRect(QRect(w->mapTo(window, QPoint(0, 0)), w->size()), Qt::black);
        }
    }
    qint64 light = 0;
    for (int y = 0; y < img.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); x += 2) {
            if (qRed(line[x]) > 225 && qGreen(line[x]) > 225 && qBlue(line[x]) > 225)
                ++light;
        }
    }
    return double(light) / (double((img.width() + 1) / 2) * ((img.height() + 1) / 2));
}

/// The widgets on @p root whose own sheet kept a fill of the light look that the dark look has
/// its own colour for (a sheet the follower missed). Colours the looks do not list (paper, the
/// domain colours, filled buttons) are meant to stay.
QStringList lightSheetsIn(QWidget *root)
{
    static const QRegularExpression fill(
        QStringLiteral("background(?:-color)?\\s*:\\s*(#[0-9A-F]{6}|white)\\b"), QRegularExpression::CaseInsensitiveOption);
    const ThemePalette dark = ThemePalette::of(ThemePalette::Look::Dark);
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        for (auto it = fill.globalMatch(w->styleSheet()); it.hasNext();) {
            const QColor colour(it.next().captured(1));
            if (dark.fillColour(colour) != colour) {
                found.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()
                             + QStringLiteral(": ") + w->styleSheet().left(120));
                break;
            }
        }
    }
    return found;
}

QString shotDir()
{
    return qEnvironmentVariable("STAGES_SHOT_DIR");
}

} // namespace

class TestThemeLook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QStringList m_problems;
    ThemePalette::Look m_look = ThemePalette::Look::Dark;
    QSize m_windowSize;

    /// Grabs @p window as @p name in the current look: saved when asked, checked in the dark look.
    void checkScreen(QWidget *window, const QString &name)
    {
        QApplication::processEvents();
        const QImage image = window->grab().toImage();
        const QString look = m_look == ThemePalette::Look::Dark ? QStringLiteral("dark") : QStringLiteral("highcontrast");
        if (!shotDir().isEmpty()) {
            QString file = name;
            file.replace(QLatin1Char('/'), QLatin1Char('-'));
            image.save(QDir(shotDir()).filePath(QStringLiteral("theme-%1-%2.png").arg(look, file)));
        }
        // Every look keeps the screens inside the window they were laid out for (1024x600 for the
        // pupils, 1366x768 for the staff): high contrast's borders must not push anything off.
        if (window->size() != m_windowSize)
            m_problems.append(QStringLiteral("%1: the window grew to %2x%3 in the %4 look")
                                  .arg(name).arg(window->width()).arg(window->height()).arg(look));
        if (m_look != ThemePalette::Look::Dark)
            return;
        const double share = nearWhiteShare(window, image);
        if (share > 0.18) // the pupils' white token cards take up to about a sixth (music create)
            m_problems.append(QStringLiteral("%1: %2 % near-white in the dark look").arg(name).arg(share * 100, 0, 'f', 1));
        for (const QString &sheet : lightSheetsIn(window))
            m_problems.append(name + QStringLiteral(": light sheet kept: ") + sheet);
    }

    void verifyNoProblems()
    {
        for (const QString &p : m_problems)
            qWarning().noquote() << p;
        QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, see above").arg(m_problems.size())));
    }

    static void signInPupil(MainWindow &window)
    {
        SignInFlow *flow = window.signInFlow();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        click(flow->startPage()->pupilTile());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->classPage()));
        click(flow->classPage()->findChild<TileButton *>(QStringLiteral("class:1.A")));
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->avatarPage()));
        QTRY_VERIFY(flow->avatarPage()->tiles().first()->isVisible());
        click(flow->avatarPage()->tiles().first());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->picturePage()));
        for (int p : SmallSchool::pupilPictures()) {
            QTRY_VERIFY(flow->picturePage()->input()->pictureButton(p)->isEnabled());
            click(flow->picturePage()->input()->pictureButton(p));
        }
        QTRY_VERIFY(window.pupilHome());
    }

    void pupilScreens(ThemePalette::Look look)
    {
        m_look = look;
        Theme::apply(*qApp, look);
        GuiSchool school;
        MainWindow window(*school.context);
        window.setWindowState(Qt::WindowNoState); // not maximised on the test's small screen
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_windowSize = window.size();
        SignInFlow *flow = window.signInFlow();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        checkScreen(&window, QStringLiteral("signin-start"));
        signInPupil(window);
        if (QTest::currentTestFailed())
            return;
        PupilHome *home = window.pupilHome();
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(home));
        checkScreen(&window, QStringLiteral("pupil-home"));
        const auto content = makeExerciseContent();
        for (const QString &domain : availableDomainIds()) {
            auto *page = qobject_cast<DomainPage *>(home->domainPage(domain));
            if (!page)
                continue;
            home->showDomain(domain);
            QTRY_VERIFY(page->stageMap()->isVisible());
            checkScreen(&window, QStringLiteral("map-") + domain);
            home->showHome();
        }
        QSet<QString> seen;
        for (const Exercise &exercise : content->catalogue().exercises()) {
            const QString key = exercise.domain + QLatin1Char('-') + exercise.task;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            auto *page = qobject_cast<DomainPage *>(home->domainPage(exercise.domain));
            if (!page)
                continue;
            home->showDomain(exercise.domain);
            QVERIFY(page->openExercise(exercise.id));
            QTRY_VERIFY(page->screen() && page->screen()->isVisible());
            checkScreen(&window, QStringLiteral("task-") + key);
            home->showHome();
        }
        auto *instruments = home->findChild<music::InstrumentsPage *>();
        QVERIFY(instruments);
        home->showDomain(QStringLiteral("instruments"));
        QTRY_VERIFY(instruments->isVisible());
        for (int tab = 0; tab < instruments->tabs()->count(); ++tab) {
            instruments->tabs()->setCurrentIndex(tab);
            checkScreen(&window, QStringLiteral("instruments-%1").arg(tab));
        }
    }

    void teacherScreens(ThemePalette::Look look)
    {
        m_look = look;
        Theme::apply(*qApp, look);
        GuiSchool school;
        MainWindow window(*school.context);
        window.setWindowState(Qt::WindowNoState);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_windowSize = window.size();
        SignInFlow *flow = window.signInFlow();
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->startPage()));
        click(flow->startPage()->staffButton());
        QTRY_COMPARE(flow->currentWidget(), static_cast<QWidget *>(flow->staffPage()));
        checkScreen(&window, QStringLiteral("staff-signin"));
        flow->staffPage()->selectLogin(QStringLiteral("ada"));
        QTest::keyClicks(flow->staffPage()->passwordField(), QString::fromLatin1(SmallSchool::kPassword));
        QTest::keyClick(flow->staffPage()->passwordField(), Qt::Key_Return);
        QTRY_VERIFY(window.teacherArea());
        TeacherArea *area = window.teacherArea();
        Sidebar *sidebar = area->sidebar();
        for (int row = 0; row < sidebar->count(); ++row) {
            const QString key = sidebar->item(row)->data(Qt::UserRole).toString();
            area->showSection(key);
            QTest::qWait(50); // pages that read in the background fill their tables
            checkScreen(&window, QStringLiteral("teacher-") + key);
        }
    }

private slots:
    void initTestCase()
    {
        isolateUserFiles(m_settings);
        Theme::apply(*qApp, ThemePalette::Look::Light);
    }

    void cleanup()
    {
        m_problems.clear();
        Theme::apply(*qApp, ThemePalette::Look::Light);
    }

    void widgetSheetsFollowTheLook()
    {
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *note = new QLabel(QStringLiteral("A grey note"), &page);
        note->setStyleSheet(QStringLiteral("color: #546E7A; font-size: 15px;"));
        auto *card = new QLabel(QStringLiteral("A card"), &page);
        card->setStyleSheet(QStringLiteral("QLabel { background: #FFF8E1; border: 1px solid #CFD8DC; }"));
        auto *go = new QPushButton(QStringLiteral("Go"), &page);
        go->setStyleSheet(QStringLiteral("QPushButton { background: #2E7D32; color: white; }"));
        auto *amber = new QPushButton(QStringLiteral("Listen"), &page);
        amber->setStyleSheet(QStringLiteral("QPushButton { background: #FFE082; }"));
        layout->addWidget(note);
        layout->addWidget(card);
        layout->addWidget(go);
        layout->addWidget(amber);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(note->styleSheet(), QStringLiteral("color: #546E7A; font-size: 15px;"));

        Theme::apply(*qApp, ThemePalette::Look::Dark);
        QCOMPARE(note->styleSheet(), QStringLiteral("color: #B0BEC5; font-size: 15px;"));
        QCOMPARE(note->palette().color(QPalette::WindowText), QColor(QStringLiteral("#B0BEC5")));
        QVERIFY(card->styleSheet().contains(QLatin1String("#3A3320")));
        QCOMPARE(card->grab().toImage().pixelColor(card->width() / 2, 2), QColor(QStringLiteral("#3A3320")));
        QVERIFY(go->styleSheet().contains(QLatin1String("#2E7D32"))); // a filled button keeps its colour
        QVERIFY(go->styleSheet().contains(QLatin1String("white")));   // and its text
        QCOMPARE(amber->palette().color(QPalette::ButtonText), QColor(QStringLiteral("#263238"))); // dark on amber

        // A sheet set while shown, and one added to.
        note->setStyleSheet(QStringLiteral("color: #C62828;"));
        QCOMPARE(note->styleSheet(), QStringLiteral("color: #EF9A9A;"));
        note->setStyleSheet(note->styleSheet() + QStringLiteral(" background: #E8F5E9;"));
        QCOMPARE(note->styleSheet(), QStringLiteral("color: #EF9A9A; background: #1E3A24;"));
        // A widget shown later.
        auto *later = new QLabel(QStringLiteral("Later"), &page);
        later->setStyleSheet(QStringLiteral("color: #263238; background: #FFFFFF;"));
        layout->addWidget(later);
        later->show();
        QCOMPARE(later->styleSheet(), QStringLiteral("color: #ECEFF1; background: #263238;"));

        Theme::apply(*qApp, ThemePalette::Look::HighContrast);
        QCOMPARE(note->styleSheet(), QStringLiteral("color: #B71C1C; background: #FFFFFF;"));
        Theme::apply(*qApp, ThemePalette::Look::Light);
        QCOMPARE(note->styleSheet(), QStringLiteral("color: #C62828; background: #E8F5E9;"));
        QCOMPARE(later->styleSheet(), QStringLiteral("color: #263238; background: #FFFFFF;"));
        QCOMPARE(note->palette().color(QPalette::WindowText), QColor(QStringLiteral("#C62828")));
    }

    void systemPaletteChangeIsFollowed()
    {
        ThemeFollower::instance().setSystemIsDark(false);
        Theme::apply(*qApp, ThemePalette::Look::System);
        QLabel note(QStringLiteral("A grey note"));
        note.setStyleSheet(QStringLiteral("color: #546E7A;"));
        note.show();
        QVERIFY(QTest::qWaitForWindowExposed(&note));
        QCOMPARE(qApp->palette().color(QPalette::Window), ThemePalette::of(ThemePalette::Look::Light).window());

        // The system turns dark while the program runs.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xF0, 0xF0, 0xF0));
        qApp->setPalette(dark);
        QCoreApplication::processEvents();
        QCOMPARE(qApp->palette().color(QPalette::Window), ThemePalette::of(ThemePalette::Look::Dark).window());
        QCOMPARE(note.styleSheet(), QStringLiteral("color: #B0BEC5;"));
        QCOMPARE(note.palette().color(QPalette::Window), ThemePalette::of(ThemePalette::Look::Dark).window());

        // And light again.
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xF0, 0xF0, 0xF0));
        light.setColor(QPalette::WindowText, Qt::black);
        qApp->setPalette(light);
        QCoreApplication::processEvents();
        QCOMPARE(qApp->palette().color(QPalette::Window), ThemePalette::of(ThemePalette::Look::Light).window());
        QCOMPARE(note.styleSheet(), QStringLiteral("color: #546E7A;"));

        // A look chosen in the settings stays when the system changes.
        Theme::apply(*qApp, ThemePalette::Look::Light);
        qApp->setPalette(dark);
        QCoreApplication::processEvents();
        Theme::apply(*qApp, ThemePalette::Look::Light); // (the test's palette, not a system's)
        QCOMPARE(note.styleSheet(), QStringLiteral("color: #546E7A;"));
        ThemeFollower::instance().setSystemIsDark(false);
    }

    void largerTextOnStaffScreens()
    {
        // A staff page: sheets and sized fonts grow, also when the choice comes while it shows.
        QWidget staff;
        auto *layout = new QVBoxLayout(&staff);
        auto *title = new QLabel(QStringLiteral("Title"), &staff);
        title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 16px;"));
        auto *bold = new QLabel(QStringLiteral("Bold"), &staff);
        QFont f = bold->font();
        f.setPointSizeF(f.pointSizeF() * 1.1);
        bold->setFont(f);
        auto *plain = new QLabel(QStringLiteral("Plain"), &staff);
        // A painted staff widget: a pupil's rows on the work page, with their row numbers.
        auto *rows = new ArtifactRowsView(QJsonArray(), QList<QList<int>>(), &staff);
        layout->addWidget(rows);
        layout->addWidget(title);
        layout->addWidget(bold);
        layout->addWidget(plain);
        staff.show();
        QVERIFY(QTest::qWaitForWindowExposed(&staff));
        const qreal plainBefore = QFontInfo(plain->font()).pointSizeF();
        const qreal boldBefore = bold->font().pointSizeF();
        const int rowNumberBefore = rows->rowNumberFont().pixelSize();
        Theme::apply(*qApp, ThemePalette::Look::Light, Theme::kLargerText);
        QVERIFY2(rows->rowNumberFont().pixelSize() > rowNumberBefore,
                 qPrintable(QStringLiteral("row numbers %1 px with larger text, %2 px before")
                                .arg(rows->rowNumberFont().pixelSize()).arg(rowNumberBefore)));
        QCOMPARE(title->styleSheet(), QStringLiteral("font-weight: bold; font-size: 20px;"));
        QCOMPARE(QFontInfo(title->font()).pixelSize(), 20);
        QVERIFY(QFontInfo(plain->font()).pointSizeF() > plainBefore * 1.2);
        QVERIFY(qAbs(bold->font().pointSizeF() - boldBefore * Theme::kLargerText) < 0.01);

        // The pupils' screens keep their size: the home at 1024x600 and a task in it.
        GuiSchool school;
        MainWindow window(*school.context);
        window.setWindowState(Qt::WindowNoState); // not maximised on the test's small screen
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1024, 600));
        signInPupil(window);
        if (QTest::currentTestFailed())
            return;
        PupilHome *home = window.pupilHome();
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(home));
        QVERIFY(qAbs(QFontInfo(home->font()).pointSizeF() - plainBefore) < 0.5);
        QCOMPARE(window.size(), QSize(1024, 600));
        QVERIFY(window.minimumSizeHint().width() <= 1024 && window.minimumSizeHint().height() <= 600);
        const auto content = makeExerciseContent();
        const Exercise &exercise = content->catalogue().exercises().first();
        auto *page = qobject_cast<DomainPage *>(home->domainPage(exercise.domain));
        QVERIFY(page);
        home->showDomain(exercise.domain);
        QVERIFY(page->openExercise(exercise.id));
        QTRY_VERIFY(page->screen() && page->screen()->isVisible());
        // Sheets inside the pupil's screens at their written size, the same as in the normal text.
        for (QWidget *w : page->screen()->findChildren<QWidget *>()) {
            const QString light = w->property(ThemeFollower::kLightSheet).toString();
            if (!light.isEmpty())
                QCOMPARE(w->styleSheet(), light);
        }
        QCOMPARE(window.size(), QSize(1024, 600));

        Theme::apply(*qApp, ThemePalette::Look::Light);
        QCOMPARE(title->styleSheet(), QStringLiteral("font-weight: bold; font-size: 16px;"));
        QCOMPARE(bold->font().pointSizeF(), boldBefore);
        // Another look with larger text, and back: the sized font is set, never multiplied twice.
        Theme::apply(*qApp, ThemePalette::Look::Dark, Theme::kLargerText);
        Theme::apply(*qApp, ThemePalette::Look::Light, Theme::kLargerText);
        QCOMPARE(bold->font().pointSizeF(), boldBefore * Theme::kLargerText);
        Theme::apply(*qApp, ThemePalette::Look::Light);
        QCOMPARE(bold->font().pointSizeF(), boldBefore);
    }

    void darkPupilScreens()
    {
        pupilScreens(ThemePalette::Look::Dark);
        verifyNoProblems();
    }

    void darkTeacherScreens()
    {
        teacherScreens(ThemePalette::Look::Dark);
        verifyNoProblems();
    }

    void highContrastScreens()
    {
        // High contrast is black on white by design: no near-white check, but every screen must
        // still fit its window (and is saved when STAGES_SHOT_DIR is set).
        pupilScreens(ThemePalette::Look::HighContrast);
        teacherScreens(ThemePalette::Look::HighContrast);
        verifyNoProblems();
    }
};

QTEST_MAIN(TestThemeLook)
#include "tst_themelook.moc"
