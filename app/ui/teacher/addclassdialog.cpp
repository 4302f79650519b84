#include "ui/teacher/addclassdialog.h"

#include "core/school/classservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace stages {

AddClassDialog::AddClassDialog(ClassService &classes, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_classes(classes)
    , m_session(session)
{
    setObjectName(QStringLiteral("addClassDialog"));
    setWindowTitle(tr("Add a class"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("classNameField"));
    m_name->setPlaceholderText(tr("e.g. 2.B"));
    form->addRow(tr("Class name:"), m_name);
    //: Screen reader name of the field labelled "Class name:"
    m_name->setAccessibleName(tr("Class name"));
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add class"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddClassDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddClassDialog::reject);
    layout->addWidget(buttons);
    resize(380, sizeHint().height());
}

void AddClassDialog::accept()
{
    auto added = m_classes.addClass(m_session, m_name->text());
    if (!added) {
        m_message->setText(added.error());
        return;
    }
    m_added = added.value();
    QDialog::accept();
}

} // namespace stages
