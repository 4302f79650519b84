#include "ui/pupil/pupilfeedbackdialog.h"

#include "exercises/framework/view/speakbutton.h"
#include "ui/pupil/badgetile.h"

namespace stages {

PupilFeedbackDialog::PupilFeedbackDialog(const ArtifactDetail &detail, Speaker *speaker, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pupilFeedbackDialog"));
    //: Window title when a pupil opens a teacher's comment on their work
    setWindowTitle(tr("Your teacher says"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);

    auto *title = new QLabel(tr("Your teacher says"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    QStringList words;
    for (auto f = detail.feedback.crbegin(); f != detail.feedback.crend(); ++f) {
        if (m_stars == 0 && f->stars > 0)
            m_stars = f->stars;
        if (!f->body.isEmpty())
            words.prepend(f->body);
    }
    if (m_stars > 0) {
        auto *stars = new QLabel(this);
        stars->setObjectName(QStringLiteral("feedbackStars"));
        stars->setAlignment(Qt::AlignCenter);
        stars->setPixmap(BadgeTile::starsPixmap(m_stars, 72, devicePixelRatioF()));
        //: For screen readers: the stars a teacher gave the pupil's work
        stars->setAccessibleName(tr("%n star(s)", nullptr, m_stars));
        layout->addWidget(stars);
    }

    auto *row = new QHBoxLayout;
    m_comment = new QLabel(words.join(QLatin1Char('\n')), this);
    m_comment->setObjectName(QStringLiteral("feedbackComment"));
    m_comment->setWordWrap(true);
    m_comment->setAlignment(Qt::AlignCenter);
    m_comment->setStyleSheet(QStringLiteral("font-size: 26px; color: #263238; background: #FFF8E1;"
                                            " border-radius: 12px; padding: 14px;"));
    m_comment->setVisible(!words.isEmpty());
    row->addWidget(m_comment, 1);
    m_speak = new SpeakButton(this);
    m_speak->setObjectName(QStringLiteral("speakFeedback"));
    m_speak->setSpeaker(speaker);
    m_speak->setSpeech(words.join(QLatin1Char(' ')));
    row->addWidget(m_speak, 0, Qt::AlignVCenter);
    layout->addLayout(row);

    m_ok = new QPushButton(tr("OK"), this);
    m_ok->setObjectName(QStringLiteral("feedbackOk"));
    m_ok->setMinimumSize(160, 64);
    m_ok->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold;"));
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(m_ok, 0, Qt::AlignCenter);
}

} // namespace stages
