#include "ui/teacher/warmuppanel.h"

#include "core/clock.h"
#include "core/school/classservice.h"
#include "ui/teacher/warmup/warmupresultsview.h"
#include "ui/widgets/artwork.h"

#include <QLocale>
#include <QScrollArea>
#include <QTimer>

namespace stages {

namespace {

QString minutesSeconds(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WarmUpPanel::WarmUpPanel(Database &database, const Clock &clock, ClassService &classes, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_service(database, clock)
    , m_clock(clock)
    , m_classes(classes)
    , m_session(session)
{
    setObjectName(QStringLiteral("warmUpPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *heading = new QLabel(tr("Warm-up"), this);
    heading->setObjectName(QStringLiteral("areaTitle"));
    layout->addWidget(heading);

    auto *intro = new QWidget(this);
    auto *introLayout = new QHBoxLayout(intro);
    introLayout->setContentsMargins(0, 4, 0, 8);
    auto *icon = new QLabel(intro);
    icon->setPixmap(Artwork::render(Artwork::iconPath(QStringLiteral("warmup")), 64, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    introLayout->addWidget(icon);
    auto *text = new QLabel(tr("Start the warm-up at the beginning of a lesson. For the next 7 minutes, every pupil of "
                               "the class who signs in goes straight to a short mixed set of exercises with a countdown. "
                               "When the time is up, pupils see a cheerful end screen and return home. Exercises solved in "
                               "a warm-up confirm what a pupil has mastered."),
                            intro);
    text->setWordWrap(true);
    text->setStyleSheet(QStringLiteral("font-size: 15px; color: #37474F;"));
    introLayout->addWidget(text, 1);
    layout->addWidget(intro);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("areaMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    //: Screen reader name of the list of pupils with their warm-up answers
    scroll->setAccessibleName(tr("Pupils in the warm-up"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_rowsBox = new QWidget(scroll);
    m_rowsLayout = new QVBoxLayout(m_rowsBox);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(10);
    m_rowsLayout->addStretch();
    scroll->setWidget(m_rowsBox);
    layout->addWidget(scroll, 1);

    m_results = new WarmUpResultsView(database, session, this);
    layout->addWidget(m_results, 2);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &WarmUpPanel::refreshStatus);
    m_timer->start();
    reload();
}

void WarmUpPanel::reload()
{
    for (const Row &row : std::as_const(m_rows))
        delete row.start->parentWidget();
    m_rows.clear();
    const auto classes = m_classes.classes();
    if (!classes) {
        m_message->setText(classes.error());
        m_message->show();
    }
    for (const SchoolClass &c : classes.value_or({})) {
        auto *card = new QWidget(m_rowsBox);
        card->setObjectName(QStringLiteral("warmUpRow"));
        card->setAttribute(Qt::WA_StyledBackground);
        card->setStyleSheet(QStringLiteral("QWidget#warmUpRow { background: #FFFFFF; border: 1px solid #CFD8DC; border-radius: 10px; }"));
        auto *h = new QHBoxLayout(card);
        h->setContentsMargins(16, 10, 16, 10);
        auto *name = new QLabel(c.name, card);
        name->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #263238;"));
        name->setMinimumWidth(70);
        h->addWidget(name);
        //: Number of pupils in a class, on the warm-up page
        auto *count = new QLabel(tr("%n pupil(s)", nullptr, c.pupilCount), card);
        count->setStyleSheet(QStringLiteral("color: #546E7A;"));
        count->setMinimumWidth(80);
        h->addWidget(count);
        Row row{c, new QLabel(card), nullptr, nullptr};
        row.status->setObjectName(QStringLiteral("warmUpStatus"));
        h->addWidget(row.status, 1);
        //: %1 is a class name ("2.A")
        row.start = new QPushButton(Artwork::icon(QStringLiteral("warmup")), tr("Start the 7-minute warm-up for %1").arg(c.name), card);
        row.start->setObjectName(QStringLiteral("startWarmUp"));
        row.start->setIconSize(QSize(24, 24));
        row.start->setMinimumHeight(40);
        row.start->setEnabled(m_session.can(Capability::ViewClassProgress));
        row.start->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; color: #FFFFFF; background: #BF360C; border: none;"
                                                " border-radius: 8px; padding: 6px 14px; }"
                                                "QPushButton:hover { background: #9F2D0A; } QPushButton:disabled { background: #B0BEC5; }"));
        const QString id = c.id;
        connect(row.start, &QPushButton::clicked, this, [this, id] { start(id); });
        h->addWidget(row.start);
        row.stop = new QPushButton(tr("Stop the warm-up"), card);
        row.stop->setObjectName(QStringLiteral("stopWarmUp"));
        row.stop->setMinimumHeight(40);
        connect(row.stop, &QPushButton::clicked, this, [this, id] { stop(id); });
        h->addWidget(row.stop);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, card);
        m_rows.append(row);
    }
    m_running.clear();
    if (auto running = m_service.activeWarmUps(m_session)) {
        for (const ClassWarmUp &w : running.value())
            m_running.insert(w.classId, w);
    }
    refreshStatus();
    if (m_results)
        m_results->reload();
}

void WarmUpPanel::refreshStatus()
{
    const QDateTime now = m_clock.now();
    for (const Row &row : std::as_const(m_rows)) {
        const auto it = m_running.constFind(row.schoolClass.id);
        const bool running = it != m_running.constEnd() && it->isRunning(now);
        if (running) {
            //: A class's warm-up is running; %1 minutes:seconds left, %2 the time it ends ("9:07")
            row.status->setText(tr("Running: %1 left (until %2)")
                                    .arg(minutesSeconds(it->remainingMs(now)),
                                         QLocale().toString(it->endsAt.toLocalTime().time(), QLocale::ShortFormat)));
            row.status->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold; color: #2E7D32;"));
        } else {
            row.status->setText(tr("Not running"));
            row.status->setStyleSheet(QStringLiteral("font-size: 15px; color: #546E7A;"));
        }
        row.start->setVisible(!running);
        row.stop->setVisible(running);
    }
}

void WarmUpPanel::start(const QString &classId)
{
    auto started = m_service.start(m_session, classId);
    if (!started) {
        m_message->setText(started.error());
        m_message->show();
        return;
    }
    m_message->hide();
    m_running.insert(classId, started.value());
    refreshStatus();
    m_results->reload();
    m_results->showWarmUp(started->id);
    emit warmUpStarted(started.value());
}

void WarmUpPanel::stop(const QString &classId)
{
    const auto it = m_running.constFind(classId);
    if (it == m_running.constEnd())
        return;
    if (auto s = m_service.stop(m_session, it->id); !s) {
        m_message->setText(s.error());
        m_message->show();
    } else {
        m_message->hide();
    }
    m_running.remove(classId);
    refreshStatus();
    m_results->reload();
}

QPushButton *WarmUpPanel::startButton(const QString &classId) const
{
    for (const Row &row : m_rows) {
        if (row.schoolClass.id == classId)
            return row.start;
    }
    return nullptr;
}

QPushButton *WarmUpPanel::stopButton(const QString &classId) const
{
    for (const Row &row : m_rows) {
        if (row.schoolClass.id == classId)
            return row.stop;
    }
    return nullptr;
}

QLabel *WarmUpPanel::statusLabel(const QString &classId) const
{
    for (const Row &row : m_rows) {
        if (row.schoolClass.id == classId)
            return row.status;
    }
    return nullptr;
}

} // namespace stages
