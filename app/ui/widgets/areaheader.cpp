#include "ui/widgets/areaheader.h"

#include "core/accounts/session.h"
#include "ui/widgets/artwork.h"

#include <QToolButton>

namespace stages {

AreaHeader::AreaHeader(const QString &schoolName, const Session &session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("areaHeader"));
    setAttribute(Qt::WA_StyledBackground);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(16, 8, 12, 8);
    auto *logo = new QLabel(this);
    logo->setPixmap(Artwork::render(Artwork::iconPath(QStringLiteral("stages")), 36, devicePixelRatioF()));
    row->addWidget(logo);
    auto *school = new QLabel(schoolName, this);
    school->setObjectName(QStringLiteral("headerSchool"));
    row->addWidget(school, 1);
    //: Top bar: %1 is the person's name, %2 their role ("Jana Nováková (Teacher)")
    auto *who = new QLabel(tr("%1 (%2)").arg(session.displayName, roleDisplayName(session.role)), this);
    who->setObjectName(QStringLiteral("headerWho"));
    row->addWidget(who);
    m_signOut = new QToolButton(this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setText(tr("Sign out"));
    m_signOut->setIcon(Artwork::icon(QStringLiteral("signout")));
    m_signOut->setIconSize(QSize(22, 22));
    m_signOut->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_signOut->setMinimumHeight(40);
    connect(m_signOut, &QToolButton::clicked, this, &AreaHeader::signOutRequested);
    row->addWidget(m_signOut);
}

} // namespace stages
