#include "ui/teacher/melodyartifactpanel.h"

#include "audio/audiooutput.h"
#include "audio/sequence.h"
#include "audio/synth.h"
#include "exercises/music/melodysound.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace stages {

namespace {

constexpr int kRollHeight = 170;

/// A calm colour per pitch class, so the same note always looks the same.
QColor noteColor(int key)
{
    static const QList<QColor> colors { QColor(0xE5, 0x39, 0x35), QColor(0xFB, 0x8C, 0x00), QColor(0xFD, 0xD8, 0x35),
                                        QColor(0x7C, 0xB3, 0x42), QColor(0x43, 0xA0, 0x47), QColor(0x00, 0x89, 0x7B),
                                        QColor(0x03, 0x9B, 0xE5), QColor(0x1E, 0x88, 0xE5), QColor(0x39, 0x49, 0xAB),
                                        QColor(0x8E, 0x24, 0xAA), QColor(0xD8, 0x1B, 0x60), QColor(0x6D, 0x4C, 0x41) };
    return colors.at(((key % 12) + 12) % 12);
}

} // namespace

MelodyArtifactPanel::MelodyArtifactPanel(const music::Melody &melody, QWidget *parent)
    : QWidget(parent)
    , m_melody(melody)
{
    setObjectName(QStringLiteral("melodyPanel"));
    setMinimumSize(420, kRollHeight + 60);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, kRollHeight + 10, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_play = new QPushButton(tr("Play"), this);
    m_play->setObjectName(QStringLiteral("playMelody"));
    m_play->setMinimumHeight(36);
    connect(m_play, &QPushButton::clicked, this, [this] { m_playing ? stop() : play(); });
    buttons->addWidget(m_play);
    m_export = new QPushButton(tr("Export MIDI…"), this);
    m_export->setObjectName(QStringLiteral("exportMidi"));
    m_export->setMinimumHeight(36);
    connect(m_export, &QPushButton::clicked, this, &MelodyArtifactPanel::askAndExport);
    buttons->addWidget(m_export);
    //: Below a pupil's melody: number of notes, tempo and instrument
    auto *facts = new QLabel(tr("%n note(s), %1 beats a minute, %2", nullptr, int(melody.notes.size()))
                                 .arg(melody.tempoBpm)
                                 .arg(melody.instrument),
                             this);
    facts->setStyleSheet(QStringLiteral("color: #546E7A;"));
    buttons->addWidget(facts, 1);
    layout->addLayout(buttons);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("soundNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral(
        "color: #795548; background: #FFF8E1; border: 1px solid #FFE082; border-radius: 6px; padding: 6px;"));
    m_notice->hide();
    layout->addWidget(m_notice);

    m_timer = new QTimer(this);
    m_timer->setInterval(30);
    connect(m_timer, &QTimer::timeout, this, &MelodyArtifactPanel::advance);
}

MelodyArtifactPanel::~MelodyArtifactPanel()
{
    if (m_output)
        m_output->stop();
}

Status MelodyArtifactPanel::startSound()
{
    if (!m_synth) {
        auto synth = audio::Synth::create();
        if (!synth)
            return Status::failure(synth.error());
        m_synth = std::move(synth.value());
    }
    if (!m_output)
        m_output = std::make_unique<audio::AudioOutput>(*m_synth);
    if (!m_output->isRunning()) {
        if (auto s = m_output->start(); !s)
            return s;
    }
    m_output->play(music::MelodySound::sequence(m_melody, m_synth->sampleRate()));
    return {};
}

void MelodyArtifactPanel::play()
{
    if (m_melody.notes.isEmpty())
        return;
    const Status sound = startSound();
    m_soundOk = sound.ok();
    if (!m_soundOk) {
        //: %1 is why (no SoundFont, no sound device), already a sentence
        m_notice->setText(tr("No sound on this computer: %1 The notes light up instead, so you can follow the melody.")
                              .arg(sound.error()));
        m_notice->show();
    } else {
        m_notice->hide();
    }
    m_playing = true;
    m_play->setText(tr("Stop"));
    m_elapsed.start();
    m_timer->start();
    advance();
}

void MelodyArtifactPanel::stop()
{
    if (m_output)
        m_output->stopSequence();
    m_timer->stop();
    m_playing = false;
    m_highlight = -1;
    m_play->setText(tr("Play"));
    update();
}

void MelodyArtifactPanel::advance()
{
    const double beat = double(m_elapsed.elapsed()) / 1000.0 * m_melody.tempoBpm / 60.0;
    if (beat >= m_melody.lengthBeats()) {
        stop();
        return;
    }
    int lit = -1;
    for (qsizetype i = 0; i < m_melody.notes.size(); ++i) {
        const music::MelodyNote &n = m_melody.notes.at(i);
        if (beat >= n.startBeat && beat < n.startBeat + n.beats)
            lit = int(i);
    }
    if (lit != m_highlight) {
        m_highlight = lit;
        update();
    }
}

Status MelodyArtifactPanel::exportMidi(const QString &path) const
{
    return music::MelodySound::writeMidi(m_melody, path);
}

void MelodyArtifactPanel::askAndExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the melody as MIDI"),
                                                      folder + QStringLiteral("/melody.mid"), tr("MIDI files (*.mid)"));
    if (path.isEmpty())
        return;
    const Status s = exportMidi(path);
    m_notice->setText(s ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : s.error());
    m_notice->show();
}

QRectF MelodyArtifactPanel::rollRect() const
{
    return QRectF(0.5, 0.5, width() - 1.0, kRollHeight);
}

void MelodyArtifactPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF roll = rollRect();
    p.setPen(QColor(0xCF, 0xD8, 0xDC));
    p.setBrush(QColor(0xFA, 0xFB, 0xFC));
    p.drawRoundedRect(roll, 8, 8);
    if (m_melody.notes.isEmpty())
        return;
    int low = 127;
    int high = 0;
    for (const music::MelodyNote &n : m_melody.notes) {
        low = std::min(low, n.key);
        high = std::max(high, n.key);
    }
    const int span = std::max(high - low + 1, 8);
    const double length = std::max(m_melody.lengthBeats(), 1.0);
    const QRectF area = roll.adjusted(12, 12, -12, -12);
    const double rowHeight = area.height() / span;
    const double beatWidth = area.width() / length;
    for (qsizetype i = 0; i < m_melody.notes.size(); ++i) {
        const music::MelodyNote &n = m_melody.notes.at(i);
        const QRectF bar(area.left() + n.startBeat * beatWidth + 1, area.bottom() - (n.key - low + 1) * rowHeight,
                         std::max(4.0, n.beats * beatWidth - 2), std::max(6.0, rowHeight));
        const bool lit = i == m_highlight;
        QColor c = noteColor(n.key);
        if (m_playing && !lit)
            c.setAlpha(110);
        p.setPen(lit ? QPen(QColor(0x26, 0x32, 0x38), 3) : Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(lit ? bar.adjusted(-2, -3, 2, 3) : bar, 4, 4);
    }
}

} // namespace stages
