#include "exercises/music/view/sounddiagnosticsdialog.h"

#include "exercises/music/view/soundservice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stages::music {

SoundDiagnosticsDialog::SoundDiagnosticsDialog(SoundService &sound, QWidget *parent)
    : QDialog(parent)
    , m_sound(sound)
{
    setObjectName(QStringLiteral("soundDiagnostics"));
    setWindowTitle(tr("Sound diagnostics"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("soundStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    const auto value = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    m_device = value("device");
    m_rate = value("sampleRate");
    m_buffer = value("buffer");
    m_latency = value("latency");
    m_underruns = value("underruns");
    m_soundFont = value("soundFont");
    m_soundFontStatus = value("soundFontStatus");
    form->addRow(tr("Sound device:"), m_device);
    form->addRow(tr("Sample rate:"), m_rate);
    form->addRow(tr("Buffer asked for:"), m_buffer);
    //: The delay between a key press and its sound, as the device reports it
    form->addRow(tr("Actual latency:"), m_latency);
    form->addRow(tr("Late blocks (underruns):"), m_underruns);
    form->addRow(tr("SoundFont:"), m_soundFont);
    form->addRow(tr("SoundFont status:"), m_soundFontStatus);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_test = buttons->addButton(tr("Play test sound"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testSound"));
    auto *refreshButton = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_sound.playTestSound();
        refresh();
    });
    connect(refreshButton, &QPushButton::clicked, this, &SoundDiagnosticsDialog::refresh);
    connect(&m_sound, &SoundService::noticeChanged, this, &SoundDiagnosticsDialog::refresh);
    if (!m_sound.isStarted())
        (void)m_sound.start();
    refresh();
    resize(620, sizeHint().height());
}

void SoundDiagnosticsDialog::refresh()
{
    const SoundService::Diagnostics d = m_sound.diagnostics();
    if (m_sound.isAudible())
        m_status->setText(tr("Sound works."));
    else
        m_status->setText(m_sound.notice());
    m_status->setStyleSheet(m_sound.isAudible() ? QStringLiteral("color: #2E7D32; font-weight: bold; font-size: 16px;")
                                                : QStringLiteral("color: #BF360C; font-weight: bold; font-size: 16px;"));
    m_device->setText(d.device);
    //: %1 sample rate in Hz, %2 sample format ("32-bit float")
    m_rate->setText(d.sampleRate > 0 ? (d.sampleFormat.isEmpty() ? tr("%1 Hz").arg(d.sampleRate)
                                                                 : tr("%1 Hz, %2").arg(d.sampleRate).arg(d.sampleFormat))
                                     : tr("none"));
    m_buffer->setText(tr("%1 ms").arg(d.requestedBufferMs));
    m_latency->setText(d.deviceOk ? tr("%1 ms").arg(d.latencyMs, 0, 'f', 1) : tr("none (no sound device)"));
    m_underruns->setText(QString::number(d.underruns));
    m_soundFont->setText(QDir::toNativeSeparators(d.soundFontPath));
    m_soundFontStatus->setText(d.soundFontStatus);
}

} // namespace stages::music
