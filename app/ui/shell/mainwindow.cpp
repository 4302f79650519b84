#include "ui/shell/mainwindow.h"

#include "core/storage/database.h"
#include "exercises/domains/domains.h"
#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/view/accessible/accessiblefactory.h"
#include "exercises/framework/view/returnactivates.h"
#include "exercises/music/view/soundservice.h"
#include "i18n/translations.h"
#include "ui/pupil/pupilhome.h"
#include "ui/pupil/pupiltaskstrip.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/kioskguard.h"
#include "ui/shell/leavekioskdialog.h"
#include "ui/shell/settingspanel.h"
#include "ui/shell/storageerrorpage.h"
#include "ui/shell/uisettings.h"
#include "ui/signin/picturepasswordpage.h"
#include "ui/signin/setupwizard.h"
#include "ui/signin/signinflow.h"
#include "ui/teacher/teacherarea.h"
#include "ui/trainer/trainerarea.h"
#include "ui/warmup/pupilwarmuppage.h"
#include "ui/widgets/artwork.h"
#include "ui/widgets/sidebar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLayout>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>

namespace stages {

MainWindow::MainWindow(AppContext &context, Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_kiosk(options.kiosk)
{
    setObjectName(QStringLiteral("mainWindow"));
    installAccessibleFactory(); // drop-downs named after their label, painted parts (issue 14)
    // The window title is only "Stages": the platform adds nothing to a title that already
    // is the application's display name, and people see where they are on the page itself.
    setWindowTitle(QStringLiteral("Stages"));
    setWindowIcon(Artwork::icon(QStringLiteral("stages")));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    setCentralWidget(m_stack);
    // Return and Enter press the focused button everywhere in the window, as Space does.
    ReturnActivates::install(this);

    m_kioskButton = new QToolButton(this);
    m_kioskButton->setObjectName(QStringLiteral("kioskButton"));
    m_kioskButton->setIcon(Artwork::icon(QStringLiteral("lock")));
    m_kioskButton->setIconSize(QSize(22, 22));
    m_kioskButton->setToolTip(tr("Leave kiosk mode (Ctrl+Alt+Q)"));
    m_kioskButton->setAccessibleName(tr("Leave kiosk mode"));
    m_kioskButton->setFocusPolicy(Qt::NoFocus);
    m_kioskButton->setVisible(m_kiosk);
    connect(m_kioskButton, &QToolButton::clicked, this, &MainWindow::requestLeaveKiosk);
    auto *leave = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), this);
    connect(leave, &QShortcut::activated, this, [this] {
        if (m_kiosk)
            requestLeaveKiosk();
    });

    restoreWindowGeometry();
    showStart();
}

KioskGuard *MainWindow::kioskGuard() const
{
    return m_kioskGuard;
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreWindowGeometry()
{
    if (m_kiosk) {
        setWindowState(windowState() | Qt::WindowFullScreen);
        // A page's minimum size never grows the window past the screen: on a 1024x600 screen a
        // page asking for 607 px once pushed the window out of full screen, title bar and all.
        // The pages fit 1024x600 themselves (tests/gui/tst_exercisefit.cpp); this keeps the
        // window full screen even if one does not.
        layout()->setSizeConstraint(QLayout::SetNoConstraint);
        m_kioskGuard = new KioskGuard(this);
        return;
    }
    if (!restoreGeometry(UiSettings::windowGeometry())) {
        // The first start: the preferred size with a margin, or the whole screen when it is
        // smaller than that (a 1366x768 or 1024x600 school PC), never a window that overhangs it.
        const QSize preferred(1280, 800);
        const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
        resize(preferred.boundedTo(available));
        if (available.width() < preferred.width() + 40 || available.height() < preferred.height() + 60)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
}

SetupWizard *MainWindow::setupWizard() const
{
    return m_setup;
}
StorageErrorPage *MainWindow::storageErrorPage() const
{
    return m_storageError;
}
SignInFlow *MainWindow::signInFlow() const
{
    return m_signIn;
}
PupilHome *MainWindow::pupilHome() const
{
    return m_pupilHome;
}
TeacherArea *MainWindow::teacherArea() const
{
    return m_teacherArea;
}
TrainerArea *MainWindow::trainerArea() const
{
    return m_trainerArea;
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::showStart()
{
    const auto setUp = m_context.accounts().isSetUp();
    if (!setUp) {
        // Unreadable is not empty: never offer to set up a new school over this database.
        if (!m_storageError) {
            m_storageError = new StorageErrorPage(m_stack);
            connect(m_storageError, &StorageErrorPage::retryRequested, this, &MainWindow::showStart);
            m_stack->addWidget(m_storageError);
        }
        m_storageError->setError(setUp.error());
        m_stack->setCurrentWidget(m_storageError);
        return;
    }
    if (!setUp.value()) {
        if (!m_setup) {
            m_setup = new SetupWizard(m_context.accounts(), m_context.signingKeys(), m_stack);
            connect(m_setup, &SetupWizard::finished, this, [this](const Session &admin) {
                m_setup->deleteLater();
                enterSession(admin);
            });
            m_stack->addWidget(m_setup);
        }
        m_stack->setCurrentWidget(m_setup);
        m_setup->setFocus();
        return;
    }
    if (!m_signIn) {
        m_signIn = new SignInFlow(m_context.accounts(), m_context.classes(), m_stack);
        connect(m_signIn, &SignInFlow::signedIn, this, &MainWindow::enterSession);
        m_stack->addWidget(m_signIn);
    }
    m_signIn->setKiosk(m_kiosk);
    m_stack->setCurrentWidget(m_signIn);
}

void MainWindow::enterSession(const Session &session)
{
    dropSessionPages();
    m_session = session;
    // Attempts kept while the database was busy are stored before anybody looks at progress.
    m_context.retryPendingAttempts();
    QWidget *page = nullptr;
    switch (session.role) {
    case Role::Pupil: {
        if (m_signIn && m_signIn->lastPupil().id == session.personId)
            m_pupilAvatar = m_signIn->lastPupil().avatar;
        m_pupilHome = new PupilHome(session, m_pupilAvatar, m_stack);
        connect(m_pupilHome, &PupilHome::signOutRequested, this, &MainWindow::signOut);
        // One catalogue for every domain page; each domain gives its tiles (or is coming soon).
        const PageContext pages { m_context.database(), m_context.clock(), session, makeExerciseContent(), &m_context };
        for (const DomainView *view : allDomainViews()) {
            const QList<HomeTile> tiles = view->homeTiles(pages);
            if (tiles.isEmpty())
                m_pupilHome->addComingSoon(view->id(), view->module().title(),
                                           Artwork::iconPath(view->module().icon()));
            for (const HomeTile &tile : tiles)
                m_pupilHome->addDomainPage(tile.key, tile.title, Artwork::iconPath(tile.icon), tile.page,
                                           QColor(tile.color));
        }
        // The teacher's tasks and comments as pictures above the domains.
        PupilTaskStrip::install(*m_pupilHome, pages);
        // A warm-up the teacher started for the pupil's class opens first.
        PupilWarmUpPage::openIfRunning(*m_pupilHome, pages);
        page = m_pupilHome;
        break;
    }
    case Role::Teacher:
    case Role::Admin:
        m_teacherArea = new TeacherArea(m_context, session, m_stack);
        m_teacherArea->settingsPanel()->setSoundService(&m_context.sound());
        connect(m_teacherArea, &TeacherArea::signOutRequested, this, &MainWindow::signOut);
        connect(m_teacherArea, &TeacherArea::languageChosen, this, &MainWindow::setLanguage, Qt::QueuedConnection);
        page = m_teacherArea;
        break;
    case Role::Trainer:
        m_trainerArea = new TrainerArea(m_context, session, m_stack);
        m_trainerArea->settingsPanel()->setSoundService(&m_context.sound());
        connect(m_trainerArea, &TrainerArea::signOutRequested, this, &MainWindow::signOut);
        connect(m_trainerArea, &TrainerArea::languageChosen, this, &MainWindow::setLanguage, Qt::QueuedConnection);
        page = m_trainerArea;
        break;
    }
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    // The focus starts on the first thing to do, never on Sign out (issue 14, point 5): a pupil's
    // first task or domain, the staff's list of pages.
    if (m_pupilHome)
        m_pupilHome->focusFirstThing();
    else if (m_teacherArea)
        m_teacherArea->sidebar()->setFocus(Qt::OtherFocusReason);
    else if (m_trainerArea)
        m_trainerArea->sidebar()->setFocus(Qt::OtherFocusReason);
    else
        page->setFocus();
    emit sessionChanged();
}

void MainWindow::dropSessionPages()
{
    for (QWidget *page : { static_cast<QWidget *>(m_pupilHome), static_cast<QWidget *>(m_teacherArea),
                           static_cast<QWidget *>(m_trainerArea) }) {
        if (page) {
            m_stack->removeWidget(page);
            page->deleteLater();
        }
    }
    m_pupilHome = nullptr;
    m_teacherArea = nullptr;
    m_trainerArea = nullptr;
}

void MainWindow::signOut()
{
    dropSessionPages();
    m_session.reset();
    showStart();
    if (m_signIn)
        m_signIn->restart();
    emit sessionChanged();
}

void MainWindow::setLanguage(const QString &language)
{
    UiSettings::setLanguage(language);
    i18n::installTranslators(*QCoreApplication::instance(), UiSettings::effectiveLanguage());
    // Rebuild rather than retranslate widget by widget: pages are cheap to make and hold no
    // unsaved state except what the user typed into a half-filled form.
    const QString section = m_teacherArea ? m_teacherArea->currentSection() : QString();
    const bool trainer = m_trainerArea != nullptr;
    if (m_signIn) {
        m_stack->removeWidget(m_signIn);
        m_signIn->deleteLater();
        m_signIn = nullptr;
    }
    if (m_setup) {
        m_stack->removeWidget(m_setup);
        m_setup->deleteLater();
        m_setup = nullptr;
    }
    m_kioskButton->setToolTip(tr("Leave kiosk mode (Ctrl+Alt+Q)"));
    if (m_session) {
        enterSession(*m_session);
        if (m_teacherArea && !section.isEmpty())
            m_teacherArea->showSection(section);
        if (m_trainerArea && trainer)
            m_trainerArea->showSection(QStringLiteral("settings"));
    } else {
        showStart();
    }
}

bool MainWindow::requestLeaveKiosk()
{
    if (!m_kiosk)
        return false;
    LeaveKioskDialog dialog(m_context.accounts(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    leaveKiosk();
    return true;
}

void MainWindow::leaveKiosk()
{
    m_kiosk = false;
    m_kioskButton->hide();
    if (m_kioskGuard) {
        m_kioskGuard->end();
        m_kioskGuard->deleteLater();
    }
    layout()->setSizeConstraint(QLayout::SetDefaultConstraint);
    setWindowState(windowState() & ~Qt::WindowFullScreen);
    if (!restoreGeometry(UiSettings::windowGeometry()))
        resize(1280, 800);
    if (m_signIn)
        m_signIn->setKiosk(false);
    if (!m_session)
        showStart();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_kiosk) {
        event->ignore();
        return;
    }
    UiSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    placeKioskButton();
}

void MainWindow::placeKioskButton()
{
    m_kioskButton->adjustSize();
    m_kioskButton->move(width() - m_kioskButton->width() - 6, height() - m_kioskButton->height() - 6);
    m_kioskButton->raise();
}

} // namespace stages
