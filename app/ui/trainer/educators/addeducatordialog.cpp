#include "ui/trainer/educators/addeducatordialog.h"

#include "core/training/trainingservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace stages {

AddEducatorDialog::AddEducatorDialog(TrainingService &training, const Session &session, const QList<Person> &accounts,
                                     QWidget *parent)
    : QDialog(parent)
    , m_training(training)
    , m_session(session)
{
    setObjectName(QStringLiteral("addEducatorDialog"));
    setWindowTitle(tr("Add an educator"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("educatorNameField"));
    m_name->setPlaceholderText(tr("e.g. Jana Nováková"));
    form->addRow(tr("&Name:"), m_name);
    //: Screen reader name of the field labelled "Name:"
    m_name->setAccessibleName(tr("Name"));
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("educatorAccountBox"));
    //: Account choice when adding an educator: they have no account in this database
    m_account->addItem(tr("No account here (only a record)"), QString());
    for (const Person &p : accounts) {
        if (p.role == Role::Teacher || p.role == Role::Trainer)
            //: Account choice: a person's name and login, "Tom Teacher (tom)"
            m_account->addItem(tr("%1 (%2)").arg(p.displayName, p.login), p.id);
    }
    connect(m_account, &QComboBox::activated, this, [this, accounts](int index) {
        // Linking an account fills an empty name with the account's.
        const QString id = m_account->itemData(index).toString();
        for (const Person &p : accounts) {
            if (p.id == id && m_name->text().trimmed().isEmpty())
                m_name->setText(p.displayName);
        }
    });
    form->addRow(tr("&Account:"), m_account);
    //: Screen reader name of the field labelled "Account:"
    m_account->setAccessibleName(tr("Account"));
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("educatorOrganisationField"));
    m_organisation->setPlaceholderText(tr("Their school, when not this one"));
    form->addRow(tr("&Organisation:"), m_organisation);
    //: Screen reader name of the field labelled "Organisation:"
    m_organisation->setAccessibleName(tr("Organisation"));
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add educator"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddEducatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddEducatorDialog::reject);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void AddEducatorDialog::accept()
{
    NewEducator educator;
    educator.displayName = m_name->text().trimmed();
    educator.personId = m_account->currentData().toString();
    educator.organisation = m_organisation->text().trimmed();
    auto added = m_training.addEducator(m_session, educator);
    if (!added) {
        m_message->setText(added.error());
        return;
    }
    m_added = added.value();
    QDialog::accept();
}

} // namespace stages
