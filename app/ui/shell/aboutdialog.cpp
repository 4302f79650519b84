#include "ui/shell/aboutdialog.h"

#include "core/privacy/privacynotice.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stages {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Stages"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Stages %1").arg(QCoreApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto *what = new QLabel(tr("Children find all the ways to arrange a few things (colours, notes, drums, karate moves), "
                               "systematically, see the patterns and create their own. For schools: pupils, "
                               "teachers and trainers."),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *heading = new QLabel(privacyNoticeTitle(), this);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_privacy = new QLabel(privacyNotice(), this);
    m_privacy->setObjectName(QStringLiteral("privacyNotice"));
    m_privacy->setWordWrap(true);
    m_privacy->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *scroll = new QScrollArea(this);
    //: Screen reader name of the scrolling text about privacy in the About dialog
    scroll->setAccessibleName(tr("Privacy"));
    scroll->setWidget(m_privacy);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace stages
