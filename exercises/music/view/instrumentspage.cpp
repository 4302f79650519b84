#include "exercises/music/view/instrumentspage.h"

#include "exercises/music/view/drumpadswidget.h"
#include "exercises/music/view/pianowidget.h"
#include "exercises/music/view/soundnoticebanner.h"
#include "exercises/music/view/soundservice.h"
#include "exercises/music/view/xylophonewidget.h"

#include <QKeyEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace stages::music {

namespace {
constexpr int kPianoChannel = 1; // GM program 0 (piano) is every channel's default
} // namespace

InstrumentsPage::InstrumentsPage(SoundService &sound, QWidget *parent)
    : QWidget(parent)
    , m_sound(sound)
{
    setObjectName(QStringLiteral("instrumentsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new SoundNoticeBanner(sound, this));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("instrumentTabs"));
    m_tabs->setStyleSheet(QStringLiteral("QTabBar::tab { font-size: 24px; font-weight: bold; padding: 12px 28px; min-height: 40px; }"));
    m_xylophone = new XylophoneWidget(m_tabs);
    m_xylophone->setChannel(0);
    m_piano = new PianoWidget(m_tabs);
    m_piano->setChannel(kPianoChannel);
    m_drums = new DrumPadsWidget(m_tabs);
    m_drums->setChannel(NoteOutput::kDrumChannel);
    for (InstrumentWidget *instrument : { static_cast<InstrumentWidget *>(m_xylophone), static_cast<InstrumentWidget *>(m_piano),
                                          static_cast<InstrumentWidget *>(m_drums) })
        instrument->setNoteOutput(&m_sound);
    m_tabs->addTab(m_xylophone, tr("Xylophone"));
    m_tabs->addTab(m_piano, tr("Piano"));
    m_tabs->addTab(m_drums, tr("Drums"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (QWidget *w = m_tabs->currentWidget())
            w->setFocus();
    });
}

InstrumentsPage::~InstrumentsPage()
{
    for (InstrumentWidget *instrument : { static_cast<InstrumentWidget *>(m_xylophone), static_cast<InstrumentWidget *>(m_piano),
                                          static_cast<InstrumentWidget *>(m_drums) }) {
        instrument->releaseAll();
        instrument->setNoteOutput(nullptr);
    }
}

InstrumentWidget *InstrumentsPage::currentInstrument() const
{
    return qobject_cast<InstrumentWidget *>(m_tabs->currentWidget());
}

void InstrumentsPage::keyPressEvent(QKeyEvent *event)
{
    if (InstrumentWidget *instrument = currentInstrument(); instrument && instrument->takeKeyPress(event))
        return;
    QWidget::keyPressEvent(event);
}

void InstrumentsPage::keyReleaseEvent(QKeyEvent *event)
{
    if (InstrumentWidget *instrument = currentInstrument(); instrument && instrument->takeKeyRelease(event))
        return;
    QWidget::keyReleaseEvent(event);
}

void InstrumentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sound.isStarted())
        (void)m_sound.start();
    if (QWidget *w = m_tabs->currentWidget())
        w->setFocus();
}

} // namespace stages::music
