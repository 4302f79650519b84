#include "ui/teacher/editpupildialog.h"

#include "core/text/textinput.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace stages {

EditPupilDialog::EditPupilDialog(const Person &pupil, const QList<SchoolClass> &classes, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("editPupilDialog"));
    //: Title of the dialog that changes a pupil's name and class; %1 is the name
    setWindowTitle(tr("Edit %1").arg(pupil.displayName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(pupil.displayName, this);
    m_name->setObjectName(QStringLiteral("pupilNameField"));
    m_name->setMaxLength(TextInput::maxLength(TextInput::Kind::PersonName));
    m_name->setPlaceholderText(tr("First name and surname"));
    form->addRow(tr("&Name:"), m_name);
    //: Screen reader name of the field labelled "Name:"
    m_name->setAccessibleName(tr("Name"));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("pupilClassBox"));
    for (const SchoolClass &c : classes)
        m_class->addItem(c.name, c.id);
    m_class->setCurrentIndex(qMax(0, m_class->findData(pupil.classId)));
    form->addRow(tr("&Class:"), m_class);
    //: Screen reader name of the field labelled "Class:"
    m_class->setAccessibleName(tr("Class"));
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EditPupilDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditPupilDialog::reject);
    layout->addWidget(buttons);
    m_name->selectAll();
    m_name->setFocus();
}

void EditPupilDialog::accept()
{
    if (auto s = m_apply(m_name->text(), m_class->currentData().toString()); !s) {
        m_message->setText(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace stages
